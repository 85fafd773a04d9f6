// Reading back the spreadsheets (CSV and Excel) the guide exports, as a spreadsheet would.

/**
 * Parses CSV as RFC 4180 describes it: fields separated by commas and records by line breaks; a field
 * in double quotes may hold commas, line breaks and doubled quotes. An unquoted field is kept as
 * written; a quoted "3.10" comes back as 3.10, as a CSV reader keeps it. Hand-written because
 * no CSV parser is among the devDependencies (nor in node_modules), and one is not worth adding for a test.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    if (text.charAt(i) === '"' && field === "") {
      // A quoted field: runs to the next quote that is not doubled.
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("CSV: a quoted field is never closed");
        const char = text.charAt(i);
        if (char === '"' && text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
        } else if (char === '"') {
          i += 1;
          break;
        } else {
          field += char;
          i += 1;
        }
      }
      const next = text.charAt(i);
      if (i < text.length && next !== "," && next !== "\r" && next !== "\n")
        throw new Error(`CSV: "${next}" after a closing quote in record ${records.length + 1}`);
      continue;
    }
    const char = text.charAt(i);
    if (char === ",") {
      endField();
      i += 1;
    } else if (char === "\r" && text.charAt(i + 1) === "\n") {
      endRecord();
      i += 2;
    } else if (char === "\n") {
      endRecord();
      i += 1;
    } else {
      field += char;
      i += 1;
    }
  }
  // A line break after the last record does not start another.
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

/** The spreadsheets' columns (the CSV's and the Excel workbook's Plan sheet), in order. */
export const SPREADSHEET_COLUMNS = [
  "Number",
  "Action",
  "Step",
  "Status",
  "Owner",
  "Roles",
  "Applies to us",
  "Target date",
  "Target date suggested",
  "Late",
  "Done date",
  "Done by",
  "Notes",
  "Technical requirements met",
  "Guidance",
];

const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2026, month, 1)),
);

/** "2027-03-01" for the first day a page's words name ("Suggested: 1 March 2027"). */
export function shownDay(text: string): string {
  const [, day = "", month = "", year = ""] = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(text) ?? [];
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}
