import { DEAL_STATUS_LABELS } from "@prm/domain";
import { csvAmount, type CsvColumn } from "../../app/csv/csv";
import type { DealListFieldsFragment } from "../../gql/graphql";

type Column = CsvColumn<DealListFieldsFragment>;

const NUMBER: Column = ["Number", (d) => d.number];
const CUSTOMER: Column = ["Customer", (d) => d.customerName];
const DOMAIN: Column = ["Domain", (d) => d.customerDomain];
const PARTNER: Column = ["Partner", (d) => d.partner.name];
const OWNER: Column = ["Owner", (d) => d.owner.name];
const AMOUNT: Column = ["Amount", (d) => csvAmount(d.estimatedAmount)];
const CLOSE_DATE: Column = ["Close date", (d) => d.expectedCloseDate];
const STATUS: Column = ["Status", (d) => DEAL_STATUS_LABELS[d.status]];
const SUBMITTED: Column = ["Submitted", (d) => d.submittedAt?.slice(0, 10)];
const WAITING: Column = ["Waiting (business hours)", (d) => d.timeInQueueHours];
const OVER_SLA: Column = ["Over SLA", (d) => (d.overSla ? "Yes" : "No")];

/**
 * The deals list's columns as it shows them: partners their registrations; the approval queue
 * partner and owner, and how long each has waited instead of its status.
 */
export function dealCsvColumns(approvals: boolean, queue: boolean): readonly Column[] {
  if (queue)
    return [NUMBER, CUSTOMER, DOMAIN, PARTNER, OWNER, AMOUNT, CLOSE_DATE, WAITING, OVER_SLA];
  if (approvals)
    return [NUMBER, CUSTOMER, DOMAIN, PARTNER, OWNER, AMOUNT, CLOSE_DATE, STATUS, SUBMITTED];
  return [NUMBER, CUSTOMER, DOMAIN, AMOUNT, CLOSE_DATE, STATUS, OWNER, SUBMITTED];
}
