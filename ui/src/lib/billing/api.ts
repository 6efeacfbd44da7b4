// The billing commands (src-tauri/src/commands/billing.rs): the invoices view, asking
// about an invoice, the VAT number, and the exports. Types from the Rust ones.
import { call, listen, type UnlistenFn } from "../ipc";
import type { Events, TicketDraft } from "../generated/ipc";

export type {
  AskOutcome,
  Billing,
  Invoice,
  InvoiceLine,
  InvoiceQuestion,
  InvoiceStatus,
  InvoiceView,
  RateChange,
  VatNumberState,
  VatOverview,
  VatRate,
  VatRule,
  YearTotal,
} from "../generated/ipc";

/** Every invoice with where it stands today, totals per year, the VAT explained. */
export const billing = () => call("billing");
/** The tickets already asking about an invoice (open, or queued). */
export const invoiceQuestions = (invoiceId: string) => call("invoice_questions", { invoiceId });
/** Queue a Financial ticket about its invoice; unless `anyway`, an open one is offered instead. */
export const askAboutInvoice = (draft: TicketDraft, anyway: boolean) => call("ask_about_invoice", { draft, anyway });
export const vatNumber = () => call("vat_number");
/** Queued like the notification addresses: it leaves once the provider is reachable. */
export const setVatNumber = (number: string) => call("set_vat_number", { number });
/** The invoice as a PDF in the Downloads folder. */
export const exportInvoice = (id: string) => call("export_invoice", { id });
/** The year's invoices as CSV in the Downloads folder. */
export const exportInvoicesCsv = (year: number) => call("export_invoices_csv", { year });

/** An invoice's notification was clicked: its account and invoice. */
export const onOpenInvoice = (show: (o: Events["open-invoice"]) => void): Promise<UnlistenFn> => listen("open-invoice", show);
