import { request } from '@playwright/test'

// The application reports ready once the demo is seeded, but indexing (with embeddings) runs after commit in the
// background. Journeys that read search results or matches start only when the index holds every published posting.
export default async function waitForSearchIndex(): Promise<void> {
  const baseURL = process.env.HENGQIAO_E2E_BASE_URL ?? 'http://localhost:8080'
  const api = await request.newContext({ baseURL })
  const deadline = Date.now() + 180_000
  try {
    for (;;) {
      const stats = await (await api.get('/api/v1/platform/stats')).json()
      const needs = await indexed(api, 'NEED')
      const results = await indexed(api, 'RESULT')
      if (needs >= stats.publishedNeeds && results >= stats.publishedResults) return
      if (Date.now() > deadline) {
        throw new Error(
          `search index incomplete after 180 s: ${needs}/${stats.publishedNeeds} needs, ${results}/${stats.publishedResults} results`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } finally {
    await api.dispose()
  }
}

async function indexed(api: Awaited<ReturnType<typeof request.newContext>>, kind: string): Promise<number> {
  const response = await api.get(`/api/v1/search?kind=${kind}`)
  return response.ok() ? (await response.json()).total : -1
}
