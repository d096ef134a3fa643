import { formatMoney } from "@prm/domain";

/** "$58,900" for whole amounts, "$58,900.50" otherwise: tables read faster without ".00". */
export function formatAmount(amount: string): string {
  return formatMoney(amount).replace(/\.00$/, "");
}
