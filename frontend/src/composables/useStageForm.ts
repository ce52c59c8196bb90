import { computed, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Contract, ContractParty, Deal, DealStage, StageChange } from '@/api/dealTypes'

/** Today in Hengyang as yyyy-mm-dd, the form the server compares signing dates with. */
export function todayInHengyang(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}

/** A new contract, its client and contractor named after the deal's two organisations (the server requires them). */
function emptyContract(deal: Deal): Contract {
  return {
    valueYuan: null,
    cooperationMode: null,
    signedOn: todayInHengyang(),
    title: '',
    type: null,
    parties: [
      { role: 'CLIENT', name: deal.demandOrganisation.name },
      { role: 'CONTRACTOR', name: deal.supplyOrganisation.name },
    ],
  }
}

/**
 * The state and client-side checks of the form that proposes the next stage or marks the deal lost: the contract for
 * CONTRACT_SIGNED, the reason for LOST, the same rules the server applies (which remains the authority and answers with the same field names).
 */
export function useStageForm(deal: () => Deal) {
  const { t } = useI18n()
  const target = ref<DealStage | undefined>(deal().nextStages.find((s) => s !== 'LOST') ?? deal().nextStages[0])
  const reason = ref('')
  const note = ref('')
  const contract = reactive<Contract>(emptyContract(deal()))

  watch(
    () => deal().nextStages,
    (stages) => {
      if (!target.value || !stages.includes(target.value)) target.value = stages.find((s) => s !== 'LOST') ?? stages[0]
    },
  )

  const signing = computed(() => target.value === 'CONTRACT_SIGNED')
  const losing = computed(() => target.value === 'LOST')

  function check(): Record<string, string> {
    const errors: Record<string, string> = {}
    if (losing.value && !reason.value.trim()) errors.reason = t('deal.form.required')
    if (!signing.value) return errors
    if (contract.valueYuan === null || contract.valueYuan === undefined) errors['contract.valueYuan'] = t('deal.form.required')
    else if (contract.valueYuan <= 0) errors['contract.valueYuan'] = t('deal.form.valuePositive')
    if (!contract.cooperationMode) errors['contract.cooperationMode'] = t('deal.form.required')
    if (!contract.signedOn) errors['contract.signedOn'] = t('deal.form.required')
    else if (contract.signedOn > todayInHengyang()) errors['contract.signedOn'] = t('deal.form.notFuture')
    if (!contract.title?.trim()) errors['contract.title'] = t('deal.form.required')
    if (!contract.type) errors['contract.type'] = t('deal.form.required')
    const named = contract.parties.filter((p) => p.name.trim())
    if (!named.some((p) => p.role === 'CLIENT') || !named.some((p) => p.role === 'CONTRACTOR')) {
      errors['contract.parties'] = t('deal.form.partiesRequired')
    }
    return errors
  }

  function body(): StageChange | undefined {
    if (!target.value) return undefined
    const change: StageChange = { stage: target.value, version: deal().version }
    if (note.value.trim()) change.note = note.value.trim()
    if (losing.value) change.reason = reason.value.trim()
    if (signing.value) {
      const parties: ContractParty[] = contract.parties.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim() }))
      change.contract = { ...contract, title: contract.title?.trim() ?? null, parties }
    }
    return change
  }

  function addParty(): void {
    contract.parties.push({ role: 'INTERMEDIARY', name: '' })
  }

  function removeParty(index: number): void {
    contract.parties.splice(index, 1)
  }

  return { target, reason, note, contract, signing, losing, check, body, addParty, removeParty }
}
