import { checkContactFields, type ContactFieldValues } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { badInput, notFound } from "../../common/errors";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import type { CreateContactInput, UpdateContactInput } from "./account.inputs";
import { CONTACT_COLUMNS, toContactType, type ContactRow } from "./account.rows";
import { visibleContactsSql } from "./account.scope";
import { findVisibleAccount } from "./account.service";
import type { ContactType } from "./account.types";

const COLUMNS: { [K in keyof ContactFieldValues]: string } = {
  name: "name",
  title: "title",
  email: "email",
  phone: "phone",
};

/**
 * Adding and editing a partner's contacts at a customer. Callers hold contact:write (partner
 * roles); the account must be one they see, and a contact belongs to the viewer's partner.
 */
export class ContactService {
  constructor(private readonly ctx: Context) {}

  async create(viewer: Viewer, input: CreateContactInput): Promise<ContactType> {
    const values = checkFields(input, false) as ContactFieldValues;
    const account = await findVisibleAccount(this.ctx, viewer, input.accountId);
    if (!account) throw notFound("Account");
    const rows: ContactRow[] = await this.ctx.db.query(
      `INSERT INTO contacts AS c (partner_id, account_id, owner_id, name, title, email, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING ${CONTACT_COLUMNS}`,
      [
        viewer.organizationId,
        account.id,
        viewer.userId,
        values.name,
        values.title,
        values.email,
        values.phone,
      ],
    );
    return toContactType(rows[0]!);
  }

  /** One conditional UPDATE over the viewer's contacts; another partner's is not found. */
  async update(viewer: Viewer, input: UpdateContactInput): Promise<ContactType> {
    const values = checkFields(input, true);
    if (!isUuid(input.id)) throw notFound("Contact");
    const params = new SqlParams();
    const sets = [
      "updated_at = now()",
      ...Object.entries(values).map(
        ([field, value]) =>
          `${COLUMNS[field as keyof ContactFieldValues]} = ${params.bind(value)}::varchar`,
      ),
    ];
    const id = params.bind(input.id);
    // The viewer's own partner, whatever else their scope covers: contacts are partner work.
    const partner = params.bind(viewer.organizationId);
    const scope = params.scope((first) => visibleContactsSql(viewer, "c", first));
    const rows: ContactRow[] = await this.ctx.db.query(
      `WITH changed AS (
         UPDATE contacts c SET ${sets.join(", ")}
          WHERE c.id = ${id}::uuid AND c.partner_id = ${partner}::uuid AND ${scope}
         RETURNING ${CONTACT_COLUMNS})
       SELECT * FROM changed`,
      params.values,
    );
    if (!rows[0]) throw notFound("Contact");
    return toContactType(rows[0]);
  }
}

function checkFields(input: CreateContactInput | UpdateContactInput, partial: boolean) {
  const { errors, values } = checkContactFields(input, { partial });
  const first = errors[0];
  if (first) throw badInput(first.field, first.message);
  return values;
}
