// Starts the TeaVM-compiled viewer once the page is parsed (the CSP forbids inline script).
document.addEventListener('DOMContentLoaded', function () { main([]); });
