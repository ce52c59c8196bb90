import { defineConfig, devices } from '@playwright/test'

// Runs against the packaged application (the backend serves dist/ at `/`). The Maven build passes the jar in
// HENGQIAO_E2E_JAR, and Playwright starts it (with the database and Elasticsearch settings from the environment)
// and stops it afterwards; without it, the tests run against whatever serves HENGQIAO_E2E_BASE_URL.
const baseURL = process.env.HENGQIAO_E2E_BASE_URL ?? 'http://localhost:8080'
const jar = process.env.HENGQIAO_E2E_JAR
const java = process.env.HENGQIAO_E2E_JAVA ?? 'java'

const phoneFiles = /.*\.phone\.spec\.ts$/

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  reporter: 'list',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1366, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.HENGQIAO_CHROMIUM ?? '/usr/bin/chromium',
      // As root Chromium needs --no-sandbox; the rest keep it from calling out to a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: jar
    ? {
        command: `"${java}" --enable-native-access=ALL-UNNAMED -jar "${jar}" --server.port=${process.env.HENGQIAO_E2E_PORT ?? '18080'}`,
        // Readiness comes after start-up work such as seeding the demo, unlike plain health.
        url: `${baseURL}/actuator/health/readiness`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      }
    : undefined,
  projects: [
    {
      name: 'desktop',
      testIgnore: phoneFiles,
      use: { browserName: 'chromium' },
    },
    {
      name: 'phone',
      testMatch: phoneFiles,
      use: {
        browserName: 'chromium',
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 5'].userAgent,
      },
    },
  ],
})
