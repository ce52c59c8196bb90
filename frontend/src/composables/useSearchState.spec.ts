import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { parseSearchQuery, toSearchParams, toSearchQuery, useSearchState } from './useSearchState'

const Blank = defineComponent({ template: '<div />' })

async function setup(start = '/search') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/search', component: Blank }] })
  await router.push(start)
  await router.isReady()
  let search: ReturnType<typeof useSearchState> | undefined
  mount(defineComponent({ setup: () => { search = useSearchState() }, template: '<div />' }), {
    global: { plugins: [router] },
  })
  if (!search) throw new Error('no state')
  return { router, search }
}

describe('search state in the URL', () => {
  it('round-trips through the query, leaving defaults out', () => {
    const state = parseSearchQuery({ q: '废水', cluster: ['NONFERROUS_METALS', 'NEW_MATERIALS'], kind: 'RESULT', trlMin: '4' })
    expect(state.q).toBe('废水')
    expect(state.kind).toBe('RESULT')
    expect(state.cluster).toEqual(['NONFERROUS_METALS', 'NEW_MATERIALS'])
    expect(state.sort).toBe('RELEVANCE')
    expect(toSearchQuery(state)).toEqual({ q: '废水', kind: 'RESULT', cluster: ['NONFERROUS_METALS', 'NEW_MATERIALS'], trlMin: '4' })
    expect(parseSearchQuery(toSearchQuery(state) as never)).toEqual(state)
  })

  it('reads a single value as a one-item list and ignores unknown values', () => {
    const state = parseSearchQuery({ cluster: 'NONFERROUS_METALS', kind: 'BOGUS', sort: 'RANDOM' })
    expect(state.cluster).toEqual(['NONFERROUS_METALS'])
    expect(state.kind).toBe('')
    expect(state.sort).toBe('RELEVANCE')
  })

  it('sends the API the same names, with repeated multi-valued filters', () => {
    const params = toSearchParams(parseSearchQuery({ q: 'x', mode: ['TRANSFER', 'LICENCE'] }))
    expect(params).toMatchObject({ q: 'x', mode: ['TRANSFER', 'LICENCE'], sort: 'RELEVANCE', kind: undefined })
  })

  it('pushes each change as a history entry that back and forward restore', async () => {
    const { router, search } = await setup('/search?cluster=NONFERROUS_METALS')
    expect(search.state.value.cluster).toEqual(['NONFERROUS_METALS'])

    await search.update({ q: '废水' })
    expect(router.currentRoute.value.fullPath).toBe('/search?q=%E5%BA%9F%E6%B0%B4&cluster=NONFERROUS_METALS')
    await search.update({ kind: 'NEED' })
    await search.removeFilter('cluster')
    expect(search.state.value).toMatchObject({ q: '废水', kind: 'NEED', cluster: [] })

    router.back()
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    expect(search.state.value).toMatchObject({ q: '废水', kind: 'NEED', cluster: ['NONFERROUS_METALS'] })

    router.back()
    await new Promise((r) => setTimeout(r, 0))
    expect(search.state.value.kind).toBe('')

    router.forward()
    await new Promise((r) => setTimeout(r, 0))
    expect(search.state.value.kind).toBe('NEED')
  })

  it('clears filters but keeps the words, scope and order', async () => {
    const { search } = await setup('/search?q=a&kind=RESULT&sort=NEWEST&region=430421&stage=PILOT')
    await search.clearFilters()
    expect(toSearchQuery(search.state.value)).toEqual({ q: 'a', kind: 'RESULT', sort: 'NEWEST' })
  })
})
