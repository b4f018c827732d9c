// Run axe-core on portal pages in headless Chromium and fail on violations.
// Usage: node check.mjs [base URL] ; pages are listed below, in both languages.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const base = process.argv[2] || "http://127.0.0.1:8000";
const paths = [
  "/",
  "/countries/",
  "/countries/mexico/",
  "/countries/mexico/regional-visitor-card/",
  "/countries/canada/",
  "/countries/mexico/employer-guide/",
  "/employers/",
  "/labour-migration/",
  "/institutions/",
  "/institutions/?country=zz",
  "/no-such-page/",
  "/finder/",
  "/finder/?nationality=gt&destination=mx",
  "/finder/?nationality=gt&destination=all&purpose=work&work_kind=temporary&job_offer=no",
  "/finder/?nationality=ni&destination=mx&purpose=visit",
  "/finder/compare/?purpose=work",
  "/advice/",
  "/advice/trafficking-and-smuggling/",
  "/advice/check-a-job-offer/",
  "/advice/check-a-job-offer/?destination=us&residence=gt&contact=agency&payments=recruitment_fee&listing=not_checked&contract=spoken_only",
  "/advice/check-a-job-offer/?destination=zz",
  "/notices/",
  "/notices/1/",
  "/changes/mx/",
  "/search/?q=permiso+de+trabajo+costa+rica",
  "/search/?q=xyzzyqwv",
  "/repository/",
  "/repository/?type=report&theme=remittances&country=gt",
  "/repository/?page=abc",
  "/repository/25-interrelations-between-public-policies-migration-and-dev/",
  "/repository/data/",
  "/repository/data/migrant-stock/",
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

let failures = 0;
for (const language of ["en", "es"]) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      const url = `${base}/${language}${path}`;
      await page.goto(url);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        }),
      );
      for (const violation of result.violations) {
        failures += 1;
        const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3);
        console.log(`${width}px ${url}: ${violation.id} (${violation.impact}) ${targets.join(", ")}`);
      }
    }
    await page.close();
  }
}
await browser.close();

console.log(failures === 0 ? "No accessibility violations." : `${failures} violations.`);
process.exit(failures === 0 ? 0 : 1);
