import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Deal, DealStage } from '@/api/dealTypes'
import { aDeal } from '@/test/deals'
import { ElInputNumber, ElSelect } from '@/ui/element'
import { mountWithApp, problem, sentBody, settle, stubApi } from '@/test/helpers'
import DealStageForm from './DealStageForm.vue'

const STAGE = '/api/v1/deals/41/stage'

async function mountForm(deal: Deal) {
  const { wrapper } = await mountWithApp(DealStageForm, { props: { deal } })
  return wrapper
}

async function choose(wrapper: VueWrapper, stage: DealStage) {
  const select = wrapper.findAllComponents(ElSelect).find((s) => s.props('id') === 'stage-target')
  select?.vm.$emit('update:modelValue', stage)
  await settle()
}

function errorOf(wrapper: VueWrapper, inputId: string): string {
  return wrapper.get(`#${inputId}`).element.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

async function submit(wrapper: VueWrapper) {
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('DealStageForm', () => {
  it('proposes the next stage with the version the caller saw', async () => {
    const fetchMock = stubApi({ [STAGE]: aDeal('NDA_SIGNED', ['NEGOTIATING', 'LOST']) })
    const wrapper = await mountForm(aDeal('CONTACTED', ['NDA_SIGNED', 'LOST']))

    await submit(wrapper)

    expect(sentBody(fetchMock, STAGE)).toEqual({ stage: 'NDA_SIGNED', version: 3 })
    expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ stage: 'NDA_SIGNED' })
  })

  it('asks for every contract field before signing, without calling the server', async () => {
    const fetchMock = stubApi({})
    const wrapper = await mountForm(aDeal('NEGOTIATING', ['CONTRACT_SIGNED', 'LOST']))

    expect(wrapper.find('[data-testid="contract-fields"]').exists()).toBe(true)
    await wrapper.get('#contract-signed').setValue('2999-01-01')
    for (const name of wrapper.findAll('.stage-form__party input:not([readonly])')) await name.setValue('')
    await submit(wrapper)

    expect(fetchMock).not.toHaveBeenCalled()
    expect(errorOf(wrapper, 'contract-title')).toBe('请填写此项')
    expect(errorOf(wrapper, 'contract-value')).toBe('请填写此项')
    expect(errorOf(wrapper, 'contract-signed')).toBe('签订日期不能晚于今天')
    expect(wrapper.text()).toContain('请至少填写委托方和受托方各一方')
  })

  it('names the two organisations as client and contractor to begin with', async () => {
    stubApi({})
    const wrapper = await mountForm(aDeal('NEGOTIATING', ['CONTRACT_SIGNED', 'LOST']))
    const names = wrapper.findAll<HTMLInputElement>('.stage-form__party input:not([readonly])')
    expect(names.map((input) => input.element.value)).toEqual(['衡阳有色冶炼厂', '南华大学'])
  })

  it('proposes the contract the registration needs', async () => {
    const fetchMock = stubApi({ [STAGE]: aDeal('CONTRACT_SIGNED', ['IN_EXECUTION']) })
    const wrapper = await mountForm(aDeal('NEGOTIATING', ['CONTRACT_SIGNED', 'LOST']))

    await wrapper.get('#contract-title').setValue('烟气制酸技术开发合同')
    wrapper.findComponent(ElInputNumber).vm.$emit('update:modelValue', 1200000)
    const selects = wrapper.findAllComponents(ElSelect)
    selects.find((s) => s.props('id') === 'contract-type')?.vm.$emit('update:modelValue', 'DEVELOPMENT')
    selects.find((s) => s.props('id') === 'contract-mode')?.vm.$emit('update:modelValue', 'JOINT_DEVELOPMENT')
    await wrapper.get('#contract-signed').setValue('2026-11-20')
    const names = wrapper.findAll('.stage-form__party input:not([readonly])')
    await names[0]?.setValue('衡阳有色冶炼厂')
    await names[1]?.setValue('南华大学')
    await submit(wrapper)

    expect(sentBody(fetchMock, STAGE)).toEqual({
      stage: 'CONTRACT_SIGNED',
      version: 3,
      contract: {
        valueYuan: 1200000,
        cooperationMode: 'JOINT_DEVELOPMENT',
        signedOn: '2026-11-20',
        title: '烟气制酸技术开发合同',
        type: 'DEVELOPMENT',
        parties: [
          { role: 'CLIENT', name: '衡阳有色冶炼厂' },
          { role: 'CONTRACTOR', name: '南华大学' },
        ],
      },
    })
  })

  it('needs a reason to record a lost deal and shows the server’s errors on their fields', async () => {
    const fetchMock = stubApi({
      [STAGE]: () =>
        problem(400, '请求数据无效', { errors: [{ field: 'reason', message: '交易失败时须填写原因' }] }),
    })
    const wrapper = await mountForm(aDeal('NEGOTIATING', ['CONTRACT_SIGNED', 'LOST']))
    await choose(wrapper, 'LOST')

    await submit(wrapper)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(errorOf(wrapper, 'stage-reason')).toBe('请填写此项')

    await wrapper.get('#stage-reason').setValue('价格未谈拢')
    await submit(wrapper)
    expect(sentBody(fetchMock, STAGE)).toEqual({ stage: 'LOST', version: 3, reason: '价格未谈拢' })
    expect(errorOf(wrapper, 'stage-reason')).toBe('交易失败时须填写原因')
  })

  it('reloads the deal when someone else moved it meanwhile', async () => {
    stubApi({ [STAGE]: () => problem(409, '内容已被他人修改', { currentVersion: 4 }) })
    const wrapper = await mountForm(aDeal('CONTACTED', ['NDA_SIGNED', 'LOST']))

    await submit(wrapper)

    expect(wrapper.emitted('stale')).toHaveLength(1)
  })

  it('says so when the caller may not move the deal', async () => {
    stubApi({})
    const wrapper = await mountForm(aDeal('COMPLETED', []))
    expect(wrapper.text()).toContain('当前没有您可提议的阶段变更')
  })
})
