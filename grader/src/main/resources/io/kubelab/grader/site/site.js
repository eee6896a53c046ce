// Highlights the code and draws the Mermaid diagrams once the page is parsed; data-ready on the
// body tells a reader's tools (and the browser test) that both are done.
document.addEventListener("DOMContentLoaded", async () => {
  document.querySelectorAll("pre > code[class*='language-']").forEach((block) => {
    hljs.highlightElement(block);
  });
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  try {
    await mermaid.run({ querySelector: "pre.mermaid" });
  } finally {
    document.body.dataset.ready = "true";
  }
});
