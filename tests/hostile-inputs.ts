/**
 * Hostile and broken values for any text a user can send: injection attempts, control and
 * invisible characters, Unicode traps, numbers and dates that naive parsing gets wrong, and sizes
 * past every limit. Shared by the form, URL and API tests.
 */
const long = (n: number, unit = "a") => unit.repeat(n);

export const HOSTILE_STRINGS: string[] = [
  // Empty and blank
  "", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u3000", "\u200B", "\uFEFF",
  // Control characters, including the NUL Postgres refuses
  "\u0000", "a\u0000b", "\u0007bell", "\u001B[31mred", "line\rreturn", "\u007F", "\u0085next",
  // Bidirectional and invisible tricks
  "\u202Egnp.exe", "abc\u2066def\u2069", "zero\u200Dwidth", "\u200E\u200F",
  // Unicode normalisation and width
  "a\u0308", "Tyo\u0308hyvinvointi", "ÅÄÖåäö", "😀".repeat(3), "👩‍👩‍👧‍👦", "\uD800", "\uDFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｆｕｌｌｗｉｄｔｈ", "İstanbul", "ß", "ﬁ",
  // Markup and script injection
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg onload=alert(1)>", "</textarea><script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "&lt;b&gt;", "<!--", "]]>", "{{7*7}}", "${7*7}", "#{7*7}", "<%= 7*7 %>",
  // SQL and command injection
  "'; DROP TABLE \"Project\"; --", "' OR '1'='1", "1; SELECT pg_sleep(10)", "\\'", "\\", "%", "_", "$1", "`rm -rf /`", "$(reboot)", "|| true",
  // Paths, URLs, headers
  "../../etc/passwd", "..\\..\\windows", "/dev/null", "file:///etc/passwd", "http://169.254.169.254/", "a\r\nSet-Cookie: x=1", "%00", "%0d%0a", "%252e%252e",
  // Spreadsheet formulas (CSV injection)
  "=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "@SUM(A1)",
  // Numbers that naive parsing gets wrong
  "0", "-0", "-1", "-40 752", "1e9", "1E3", "0x10", "0b11", "0o7", "NaN", "Infinity", "-Infinity", "1,5", "1.5", "1.000.000", "1 000 000,00", "40 752 €",
  "40752,00", "40752,5", "2000000001", "99999999999999999999", "٣٤٥", "１２３", "12 345 678 901", "€", "1 €", "100 EUR", "100 euroa", ".5", "5.", "+5", " 7 ",
  // Dates that naive parsing gets wrong
  "31.2.2020", "29.2.2021", "29.2.2020", "2020-02-31", "2020-13-01", "0.0.0", "1.1.99999", "1.1.1899", "31.12.2100", "1.1.2101", "32.1.2020", "1.1.20",
  "2020-1-1", "1/9/2019", "1.9.2019 12:00", "9999-12-31", "0000-01-01", "2019-09-01T00:00:00Z", "yesterday", "1.9.2019.", ". .",
  // Choices that are not choices
  "lappi", "LAPPI", "Lappi", "uusimaa,lappi", "ei-ole", "../lappi", "lappi ", "teema-1", "on", "true", "false", "off", "1",
  // Sizes past every limit
  long(101), long(201), long(501), long(1025), long(20_001), long(200, "ä"), long(600, "a\u0308"), `${"x".repeat(50)}\u0000`,
];
