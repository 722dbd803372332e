// The query page's editor: SPARQL highlighting under a plain textarea (the textarea keeps the text,
// the caret and the form), Ctrl+Enter to run, and POST for queries too long for a URL.
(function () {
  "use strict";
  var KEYWORDS = ("SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED " +
    "OPTIONAL UNION MINUS FILTER BIND VALUES GRAPH SERVICE SILENT AS ORDER BY ASC DESC LIMIT OFFSET " +
    "GROUP HAVING NOT EXISTS IN COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES " +
    "DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI " +
    "CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW " +
    "UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK " +
    "ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE INSERT DELETE DATA LOAD CLEAR DROP CREATE ADD MOVE COPY " +
    "WITH USING DEFAULT ALL TO INTO TRUE FALSE UNDEF").split(" ");
  var KW = new Set(KEYWORDS);
  // one pass, left to right: the first alternative that matches at a position wins
  var TOKEN = new RegExp([
    "(#[^\\n]*)",                                            // 1 comment
    "(\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'''[\\s\\S]*?(?:'''|$)|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)", // 2 string
    "(<[^<>\"{}|^`\\\\\\s]*>)",                              // 3 IRI
    "([?$][A-Za-z0-9_\\u00C0-\\uFFFF]+)",                    // 4 variable
    "((?:[A-Za-z][\\w.-]*)?:[\\w\\u00C0-\\uFFFF%.:-]*[\\w\\u00C0-\\uFFFF%:-]|(?:[A-Za-z][\\w.-]*)?:)", // 5 prefixed name
    "([A-Za-z_][A-Za-z_0-9]*)",                              // 6 word
    "([+-]?\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?)"              // 7 number
  ].join("|"), "g");

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function span(cls, text) { return '<span class="' + cls + '">' + escapeHtml(text) + "</span>"; }

  function highlight(text) {
    var out = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      if (m[0] === "") { TOKEN.lastIndex++; continue; }
      out += escapeHtml(text.slice(last, m.index));
      if (m[1]) out += span("tok-comment", m[1]);
      else if (m[2]) out += span("tok-str", m[2]);
      else if (m[3]) out += span("tok-iri", m[3]);
      else if (m[4]) out += span("tok-var", m[4]);
      else if (m[5]) out += span("tok-pname", m[5]);
      else if (m[6]) out += (KW.has(m[6].toUpperCase()) || m[6] === "a") ? span("tok-kw", m[6]) : escapeHtml(m[6]);
      else if (m[7]) out += span("tok-num", m[7]);
      last = TOKEN.lastIndex;
    }
    // a trailing newline keeps the last line's height equal in the textarea and the layer under it
    return out + escapeHtml(text.slice(last)) + "\n";
  }

  var textarea = document.getElementById("query");
  var layer = document.getElementById("highlight");
  var form = document.getElementById("query-form");
  if (!textarea || !layer || !form) return;
  var pre = layer.parentNode;

  var box = pre.parentNode;
  function fit() {
    // as tall as the query, within 8 and 30 lines
    var line = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    var lines = textarea.value.split("\n").length + 1;
    box.style.height = (Math.min(Math.max(lines, 8), 30) * line + 24) + "px";
  }

  function refresh() {
    fit();
    layer.innerHTML = highlight(textarea.value);
    pre.scrollTop = textarea.scrollTop;
    pre.scrollLeft = textarea.scrollLeft;
  }
  textarea.addEventListener("input", refresh);
  textarea.addEventListener("scroll", function () { pre.scrollTop = textarea.scrollTop; pre.scrollLeft = textarea.scrollLeft; });
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();  // indent instead of leaving the editor
      var start = textarea.selectionStart, end = textarea.selectionEnd;
      textarea.value = textarea.value.slice(0, start) + "  " + textarea.value.slice(end);
      textarea.selectionStart = textarea.selectionEnd = start + 2;
      refresh();
    }
  });
  form.addEventListener("submit", function () {
    // URLs over a few kilobytes are refused by some servers and proxies: send long queries in the body
    if (encodeURIComponent(textarea.value).length > 3000) form.method = "post";
  });
  window.geokgHighlight = highlight;  // for tests and the console
  refresh();
})();
