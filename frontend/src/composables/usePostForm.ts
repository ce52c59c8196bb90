import { computed, inject, reactive, ref, type InjectionKey } from 'vue'
import { ApiError } from '@/api/client'
import { ndaApi } from '@/api/connectEndpoints'
import { postingApi } from '@/api/endpoints'
import type {
  ContactVisibility,
  IpRight,
  MaturityStage,
  NeedDraft,
  NeedView,
  PostingDetail,
  ResultDraft,
  ResultView,
  TeamMember,
} from '@/api/postingTypes'
import type { CooperationMode, PostingKind } from '@/api/types'

export interface PostForm {
  title: string
  text: string
  fieldCode: string
  clusters: string[]
  keywords: string[]
  regionCode: string
  cooperationModes: CooperationMode[]
  negotiable: boolean
  /** Amounts are typed in 万元. */
  minWan: number | null
  maxWan: number | null
  deadline: string
  trl: number | null
  stage: MaturityStage | ''
  patents: IpRight[]
  team: TeamMember[]
  scenarios: string
  contactName: string
  contactPhone: string
  contactEmail: string
  contactVisibility: ContactVisibility
  externalId: string
  /** Shown only to the other side of an accepted interest; saved through its own endpoint, never indexed. */
  confidential: string
}

export type FormField = keyof PostForm
export const STEPS = ['basics', 'classification', 'terms', 'contact', 'preview'] as const

/** Which step shows each field, so an error takes the author to it. */
const STEP_OF: Record<FormField, number> = {
  title: 0, text: 0,
  fieldCode: 1, clusters: 1, keywords: 1, regionCode: 1,
  cooperationModes: 2, negotiable: 2, minWan: 2, maxWan: 2, deadline: 2, trl: 2, stage: 2, patents: 2, team: 2, scenarios: 2, externalId: 2,
  contactName: 3, contactPhone: 3, contactEmail: 3, contactVisibility: 3, confidential: 3,
}

/** The server's field paths (NeedDraft / ResultDraft) to the form's fields. */
export function formFieldOf(path: string): FormField | undefined {
  const root = path.replace(/\[\d+\].*$/, '')
  const map: Record<string, FormField> = {
    title: 'title', description: 'text', abstractText: 'text', fieldCode: 'fieldCode', clusters: 'clusters',
    keywords: 'keywords', regionCode: 'regionCode', cooperationModes: 'cooperationModes', deadline: 'deadline',
    'budget.minYuan': 'minWan', 'price.minYuan': 'minWan', 'budget.maxYuan': 'maxWan', 'price.maxYuan': 'maxWan',
    budget: 'minWan', price: 'minWan', 'maturity.trl': 'trl', 'maturityAsked.trl': 'trl', 'maturity.stage': 'stage',
    'maturityAsked.stage': 'stage', maturity: 'trl', patents: 'patents', team: 'team', applicationScenarios: 'scenarios',
    'contact.name': 'contactName', 'contact.phone': 'contactPhone', 'contact.email': 'contactEmail', contact: 'contactPhone',
    contactVisibility: 'contactVisibility', externalId: 'externalId', confidentialDetails: 'confidential',
  }
  return map[path] ?? map[root]
}

function emptyForm(): PostForm {
  return {
    title: '', text: '', fieldCode: '', clusters: [], keywords: [], regionCode: '', cooperationModes: [],
    negotiable: false, minWan: null, maxWan: null, deadline: '', trl: null, stage: '', patents: [], team: [],
    scenarios: '', contactName: '', contactPhone: '', contactEmail: '', contactVisibility: 'VERIFIED_ORGANISATIONS',
    externalId: '', confidential: '',
  }
}

const yuan = (wan: number | null) => (wan === null ? null : Math.round(wan * 10_000))
const wan = (value: number | null) => (value === null ? null : value / 10_000)

export function usePostForm(kind: PostingKind) {
  const form = reactive<PostForm>(emptyForm())
  const errors = ref<Partial<Record<FormField, string>>>({})
  const generalError = ref('')
  const id = ref<number | null>(null)
  const version = ref<number | null>(null)
  const step = ref(0)
  const saving = ref(false)
  /** The confidential details as last saved, so saving the posting writes them only when they changed. */
  let savedConfidential = ''

  function toDraft(): NeedDraft | ResultDraft {
    const common = {
      version: version.value,
      title: form.title.trim(),
      fieldCode: form.fieldCode,
      clusters: form.clusters,
      keywords: form.keywords,
      cooperationModes: form.cooperationModes,
      regionCode: form.regionCode,
      contact: { name: form.contactName.trim(), phone: form.contactPhone.trim() || null, email: form.contactEmail.trim() || null },
      contactVisibility: form.contactVisibility,
    }
    const amount = { negotiable: form.negotiable, minYuan: yuan(form.minWan), maxYuan: yuan(form.maxWan) }
    const maturity = { trl: form.trl, stage: form.stage || null }
    if (kind === 'NEED') {
      return { ...common, description: form.text.trim(), budget: amount, deadline: form.deadline,
        maturityAsked: maturity.trl || maturity.stage ? maturity : null }
    }
    return { ...common, abstractText: form.text.trim(), price: amount, maturity, patents: form.patents, team: form.team,
      applicationScenarios: form.scenarios.split('\n').map((s) => s.trim()).filter(Boolean), externalId: form.externalId.trim() || null }
  }

  function load(view: PostingDetail): void {
    id.value = view.id
    version.value = view.version
    const maturity = 'description' in view ? view.maturityAsked : view.maturity
    Object.assign(form, {
      title: view.title, fieldCode: view.field.code, clusters: view.clusters.map((c) => c.code), keywords: [...view.keywords],
      regionCode: view.region.code, cooperationModes: [...view.cooperationModes], negotiable: view.amount.negotiable,
      minWan: wan(view.amount.minYuan), maxWan: wan(view.amount.maxYuan), trl: maturity?.trl ?? null, stage: maturity?.stage ?? '',
      contactName: view.contact?.name ?? '', contactPhone: view.contact?.phone ?? '', contactEmail: view.contact?.email ?? '',
      contactVisibility: view.contactVisibility, confidential: view.confidentialDetails ?? '',
    })
    savedConfidential = view.confidentialDetails ?? ''
    if ('description' in view) Object.assign(form, { text: view.description, deadline: view.deadline })
    else {
      const r = view as ResultView
      Object.assign(form, { text: r.abstractText, patents: [...r.patents], team: [...r.team],
        scenarios: r.applicationScenarios.join('\n'), externalId: r.externalId ?? '' })
    }
  }

  /** Shows the server's validation errors on their fields and opens the first step that has one. */
  function showServerErrors(error: ApiError): void {
    const mapped: Partial<Record<FormField, string>> = {}
    const unplaced: string[] = []
    for (const [path, message] of Object.entries(error.fieldErrors)) {
      const field = formFieldOf(path)
      if (field) mapped[field] = mapped[field] ? `${mapped[field]} ${message}` : message
      else unplaced.push(message)
    }
    errors.value = mapped
    generalError.value = unplaced.join(' ') || (Object.keys(mapped).length ? '' : error.message)
    const steps = Object.keys(mapped).map((f) => STEP_OF[f as FormField])
    if (steps.length) step.value = Math.min(...steps)
  }

  async function save(): Promise<PostingDetail | null> {
    saving.value = true
    errors.value = {}
    generalError.value = ''
    try {
      const draft = toDraft()
      const view: NeedView | ResultView =
        kind === 'NEED'
          ? await (id.value === null ? postingApi.createNeed(draft as NeedDraft) : postingApi.updateNeed(id.value, draft as NeedDraft))
          : await (id.value === null ? postingApi.createResult(draft as ResultDraft) : postingApi.updateResult(id.value, draft as ResultDraft))
      id.value = view.id
      version.value = view.version
      await saveConfidential(view)
      return view
    } catch (error) {
      if (error instanceof ApiError) showServerErrors(error)
      else generalError.value = String(error)
      return null
    } finally {
      saving.value = false
    }
  }

  async function saveConfidential(view: PostingDetail): Promise<void> {
    const text = form.confidential.trim()
    if (text === savedConfidential) return
    try {
      await ndaApi.saveConfidential(kind, view.id, text)
      savedConfidential = text
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      // The confidential endpoint names its body's field "text".
      const message = error.fieldErrors.text ?? error.fieldErrors.confidentialDetails ?? error.message
      throw new ApiError({ ...error.problem, errors: [{ field: 'confidentialDetails', message }] })
    }
  }

  async function submitForReview(): Promise<boolean> {
    const view = await save()
    if (!view) return false
    try {
      await postingApi.transition(kind, view.id, 'submission', { version: view.version })
      return true
    } catch (error) {
      if (error instanceof ApiError) showServerErrors(error)
      return false
    }
  }

  const hasErrors = computed(() => Object.keys(errors.value).length > 0 || generalError.value !== '')

  return { form, errors, generalError, id, version, step, saving, hasErrors, toDraft, load, save, submitForReview, showServerErrors, STEP_OF }
}

export type PostFormState = ReturnType<typeof usePostForm> & { kind: PostingKind }
export const POST_FORM_KEY: InjectionKey<PostFormState> = Symbol('post-form')

/** The form of the page around it (steps are separate components). */
export function injectPostForm(): PostFormState {
  const state = inject(POST_FORM_KEY)
  if (!state) throw new Error('injectPostForm outside a post form')
  return state
}
