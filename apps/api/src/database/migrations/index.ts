import { Initial1795703158306 } from "./1795703158306-Initial";
import { WithdrawnDraftsNeverSubmitted1795708019462 } from "./1795708019462-WithdrawnDraftsNeverSubmitted";
import { MetricsIndexOnlyScans1795716158658 } from "./1795716158658-MetricsIndexOnlyScans";
import { LoginThrottlePerAddress1796193003971 } from "./1796193003971-LoginThrottlePerAddress";
import { ApiTokensExpire1796193055770 } from "./1796193055770-ApiTokensExpire";

/** Every migration, in order. Generated with `pnpm --filter @prm/api migration:generate <Name>`, then read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const migrations: Function[] = [
  Initial1795703158306,
  WithdrawnDraftsNeverSubmitted1795708019462,
  MetricsIndexOnlyScans1795716158658,
  LoginThrottlePerAddress1796193003971,
  ApiTokensExpire1796193055770,
];
