const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be bound as a uuid parameter (ids from clients may be anything). */
export const isUuid = (value: string) => UUID.test(value);
