import { reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { useRetryAfter } from '@/composables/useRetryAfter'

export interface FormProblem {
  title: string
  detail?: string
}

/**
 * Errors of one form: messages beside the fields they concern (from the client's own checks or the server's
 * problem details) and a problem for the whole form when the server's answer names no field this form shows.
 */
export function useFormErrors(fields: readonly string[]) {
  const { t } = useI18n()
  const { retryMessage } = useRetryAfter()
  const errors = reactive<Record<string, string>>({})
  const problem = ref<FormProblem>()
  const submitting = ref(false)
  /** The last error shown, for callers that react to a particular status (e.g. 409 on a stale edit). */
  const failure = shallowRef<unknown>()

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
    problem.value = undefined
    failure.value = undefined
  }

  function show(error: unknown): void {
    clear()
    failure.value = error
    if (!(error instanceof ApiError)) {
      problem.value = { title: t('form.unexpected') }
      return
    }
    if (error.isNetworkError) {
      problem.value = { title: t('form.network') }
      return
    }
    const retry = retryMessage(error)
    if (retry) {
      problem.value = { title: error.problem.title, detail: retry }
      return
    }
    const elsewhere: string[] = []
    for (const [field, message] of Object.entries(error.fieldErrors)) {
      if (fields.includes(field)) errors[field] = message
      else elsewhere.push(message)
    }
    if (elsewhere.length > 0 || Object.keys(error.fieldErrors).length === 0) {
      const detail = [error.problem.detail, ...elsewhere].filter(Boolean).join(' ')
      problem.value = { title: error.problem.title, detail: detail || undefined }
    }
  }

  /** Runs the action once at a time; on failure shows the error and resolves to undefined. */
  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (submitting.value) return undefined
    submitting.value = true
    clear()
    try {
      return await action()
    } catch (error) {
      show(error)
      return undefined
    } finally {
      submitting.value = false
    }
  }

  return { errors, problem, failure, submitting, clear, show, submit }
}
