import { useI18n } from 'vue-i18n'
import type { FormField, PostFormState } from './usePostForm'

/** The inline checks of each step, mirroring the server's rules, so most mistakes never reach it. */
export function usePostFormValidation(state: PostFormState) {
  const { t } = useI18n()

  function check(step: number): Partial<Record<FormField, string>> {
    const { form, kind } = state
    const found: Partial<Record<FormField, string>> = {}
    const required = (field: FormField, label: string, ok: boolean) => {
      if (!ok) found[field] = t('postForm.required', { field: label })
    }
    if (step === 0) {
      required('title', t('postForm.fields.title'), !!form.title.trim())
      required('text', t(`postForm.fields.text${kind}`), !!form.text.trim())
    } else if (step === 1) {
      required('fieldCode', t('postForm.fields.fieldCode'), !!form.fieldCode)
      if (!form.clusters.length) found.clusters = t('postForm.chooseOne')
      if (form.clusters.length > 3) found.clusters = t('postForm.tooManyClusters')
      required('regionCode', t('postForm.fields.regionCode'), !!form.regionCode)
    } else if (step === 2) {
      if (!form.cooperationModes.length) found.cooperationModes = t('postForm.chooseOne')
      if (!form.negotiable && form.minWan === null && form.maxWan === null) found.minWan = t('postForm.amountNeeded')
      if (form.minWan !== null && form.maxWan !== null && form.maxWan < form.minWan) found.maxWan = t('postForm.amountOrder')
      if (kind === 'NEED') required('deadline', t('postForm.fields.deadline'), !!form.deadline)
      if (kind === 'RESULT') {
        required('trl', t('postForm.fields.trlRESULT'), form.trl !== null)
        if (!form.stage) found.stage = t('postForm.stageNeeded')
      }
    } else if (step === 3) {
      required('contactName', t('postForm.fields.contactName'), !!form.contactName.trim())
      if (!form.contactPhone.trim() && !form.contactEmail.trim()) found.contactPhone = t('postForm.contactNeeded')
    }
    return found
  }

  /** Checks one step, showing its errors; true when it passes. */
  function validate(step: number): boolean {
    const found = check(step)
    state.errors.value = found
    return Object.keys(found).length === 0
  }

  /** Checks every step, opening the first that fails. */
  function validateAll(): boolean {
    for (let step = 0; step < 4; step++) {
      if (!validate(step)) {
        state.step.value = step
        return false
      }
    }
    return true
  }

  return { validate, validateAll }
}
