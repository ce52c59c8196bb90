import { expect, test } from '@playwright/test'

// The portal under its Content-Security-Policy: no inline script, styles only from files and style attributes.
// Chromium reports every refused script, style, image or connection on the console; none may appear.
const pages = ['/', '/search?q=%E5%BA%9F%E6%B0%B4', '/try', '/login', '/register', '/swagger-ui.html']

for (const path of pages) {
  test(`${path} loads without a Content-Security-Policy violation`, async ({ page }, testInfo) => {
    // Swagger UI fetches and renders the whole OpenAPI document.
    test.setTimeout(120_000)
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))

    const response = await page.goto(path)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: testInfo.outputPath('page.png'), fullPage: true })

    expect(violations).toEqual([])
  })
}
