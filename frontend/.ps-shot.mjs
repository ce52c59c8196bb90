import { chromium } from '@playwright/test'
const [,, url, out, width = '1366'] = process.argv
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } })
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300)) })
p.on('pageerror', (e) => console.log('pageerror:', e.message))
await p.goto('http://localhost:5199' + url)
await p.waitForTimeout(Number(process.env.WAIT ?? 3000))
console.log('scrollWidth', await p.evaluate(() => document.scrollingElement.scrollWidth))
await p.screenshot({ path: out, fullPage: true })
await b.close()
