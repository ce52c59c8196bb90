import type { Deal, DealStage } from '@/api/dealTypes'

/** A confirmed deal between a smelter and a university, as its demand side sees it; override what a test needs. */
export function aDeal(stage: DealStage, nextStages: DealStage[], overrides: Partial<Deal> = {}): Deal {
  return {
    id: 41,
    version: 3,
    stage,
    need: { id: 5, title: '铜冶炼烟气二氧化硫回收', status: 'IN_NEGOTIATION' },
    result: { id: 6, title: '低浓度烟气制酸技术', status: 'IN_NEGOTIATION' },
    demandOrganisation: { id: 1, name: '衡阳有色冶炼厂' },
    supplyOrganisation: { id: 2, name: '南华大学' },
    conversationId: null,
    broker: null,
    confirmed: true,
    demandConfirmed: true,
    supplyConfirmed: true,
    side: 'DEMAND',
    proposal: null,
    lostReason: null,
    endReason: null,
    contract: null,
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    nextStages,
    actions: [],
    ...overrides,
  }
}
