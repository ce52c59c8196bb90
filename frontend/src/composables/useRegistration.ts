import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { OrganisationForm, OrganisationSize, OrganisationType, RegistrationForm } from '@/api/types'
import { creditCodeMessage as problemMessage, creditCodeProblem, normaliseCreditCode } from '@/lib/creditCode'

export interface AccountFields {
  email: string
  displayName: string
  phone: string
  password: string
  confirmPassword: string
}

export interface OrganisationFields {
  type: OrganisationType
  nameZh: string
  nameEn: string
  creditCode: string
  regionCode: string
  industry: string
  size: OrganisationSize | ''
  website: string
  profile: string
}

export type OrganisationChoice = 'create' | 'join'

/** Server field names that belong to the first step; consent is on the last; the rest on the organisation step. */
const ACCOUNT_FIELDS = ['email', 'displayName', 'phone', 'password', 'confirmPassword']
export const CONSENT_FIELD = 'acceptedTermsVersion'

export const PASSWORD_MIN_LENGTH = 10

/** The client-side checks every new password gets (length and confirmation), as messages by which field failed. */
export function newPasswordProblems(
  password: string,
  confirmation: string,
  t: (key: string, values?: Record<string, unknown>) => string,
): { password?: string; confirmation?: string } {
  const problems: { password?: string; confirmation?: string } = {}
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.password = t('register.errors.passwordShort', { min: PASSWORD_MIN_LENGTH })
  }
  if (confirmation !== password) problems.confirmation = t('register.errors.confirmPassword')
  return problems
}
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9][0-9 -]{4,30}$/
const WEBSITE = /^https?:\/\/\S+$/i

export function stepOfField(field: string): number {
  if (field === CONSENT_FIELD) return 2
  return ACCOUNT_FIELDS.includes(field) ? 0 : 1
}

/** The registration form's state, its checks before sending, and the request it sends. */
export function useRegistration() {
  const { t } = useI18n()
  const account = reactive<AccountFields>({ email: '', displayName: '', phone: '', password: '', confirmPassword: '' })
  const choice = ref<OrganisationChoice>('create')
  const organisation = reactive<OrganisationFields>({
    type: 'ENTERPRISE',
    nameZh: '',
    nameEn: '',
    creditCode: '',
    regionCode: '',
    industry: '',
    size: '',
    website: '',
    profile: '',
  })
  const joinCreditCode = ref('')
  /** Consent to the terms and privacy policy (PIPL), and the version the person was shown. */
  const consent = ref(false)
  const termsVersion = ref<string>()

  function creditCodeMessage(raw: string): string | undefined {
    if (!raw.trim()) return t('register.errors.creditCodeRequired')
    return problemMessage(creditCodeProblem(raw, true), t)
  }

  /** Client-side checks of the account step, as field → message. */
  function accountProblems(): Record<string, string> {
    const problems: Record<string, string> = {}
    const email = account.email.trim()
    if (!EMAIL.test(email)) problems.email = t('register.errors.email')
    if (!account.displayName.trim()) problems.displayName = t('register.errors.displayName')
    if (account.phone.trim() && !PHONE.test(account.phone.trim())) problems.phone = t('register.errors.phone')
    const localPart = email.split('@')[0]?.toLowerCase() ?? ''
    const passwordProblems = newPasswordProblems(account.password, account.confirmPassword, t)
    if (passwordProblems.password) {
      problems.password = passwordProblems.password
    } else if (localPart.length >= 3 && account.password.toLowerCase().includes(localPart)) {
      problems.password = t('register.errors.passwordContainsEmail')
    }
    if (passwordProblems.confirmation) problems.confirmPassword = passwordProblems.confirmation
    return problems
  }

  function organisationProblems(): Record<string, string> {
    const problems: Record<string, string> = {}
    if (choice.value === 'join') {
      const message = creditCodeMessage(joinCreditCode.value)
      if (message) problems.joinCreditCode = message
      return problems
    }
    if (!organisation.nameZh.trim()) problems['organisation.nameZh'] = t('register.errors.nameZh')
    const code = creditCodeMessage(organisation.creditCode)
    if (code) problems['organisation.creditCode'] = code
    if (!organisation.regionCode) problems['organisation.regionCode'] = t('register.errors.region')
    const website = organisation.website.trim()
    if (website && !WEBSITE.test(website)) problems['organisation.website'] = t('register.errors.website')
    return problems
  }

  function toRequest(): RegistrationForm {
    const optional = (value: string) => value.trim() || undefined
    const base = {
      email: account.email.trim(),
      displayName: account.displayName.trim(),
      phone: optional(account.phone),
      password: account.password,
      acceptedTermsVersion: consent.value ? termsVersion.value : undefined,
    }
    if (choice.value === 'join') return { ...base, joinCreditCode: normaliseCreditCode(joinCreditCode.value) }
    const org: OrganisationForm = {
      type: organisation.type,
      nameZh: organisation.nameZh.trim(),
      nameEn: optional(organisation.nameEn),
      creditCode: normaliseCreditCode(organisation.creditCode),
      regionCode: organisation.regionCode,
      industry: optional(organisation.industry),
      size: organisation.size || undefined,
      website: optional(organisation.website),
      profile: optional(organisation.profile),
    }
    return { ...base, organisation: org }
  }

  return {
    account,
    choice,
    organisation,
    joinCreditCode,
    consent,
    termsVersion,
    accountProblems,
    organisationProblems,
    toRequest,
  }
}
