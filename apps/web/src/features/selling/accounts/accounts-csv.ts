import { csvAmount, type CsvColumn } from "../../../app/csv/csv";
import type { AccountsPageQuery } from "../../../gql/graphql";

type AccountRow = AccountsPageQuery["accounts"]["edges"][number]["node"];

/** The accounts list's columns as it shows them (the vendor side: with the partner). */
export function accountCsvColumns(showPartner: boolean): readonly CsvColumn<AccountRow>[] {
  return [
    ["Account", (a) => a.name],
    ["Web domain", (a) => a.domain],
    ["Industry", (a) => a.industry],
    ...(showPartner ? [["Partner", (a: AccountRow) => a.partner.name] as const] : []),
    ["Open pipeline", (a) => csvAmount(a.openAmount)],
  ];
}
