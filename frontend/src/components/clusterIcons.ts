import type { Component } from 'vue'
import {
  Coin,
  Cpu,
  FirstAidKit,
  Food,
  Goblet,
  Grid,
  Lightning,
  Magnet,
  MapLocation,
  Scissor,
  Ticket,
  Tools,
  Van,
} from '@element-plus/icons-vue'

/** An icon for each of Hengyang's industry clusters (Element Plus's set, bundled: no icon font, no CDN). */
const ICONS: Record<string, Component> = {
  NONFERROUS_METALS: Coin,
  EQUIPMENT_MANUFACTURING: Tools,
  AUTOMOBILES_AND_PARTS: Van,
  SALT_AND_FINE_CHEMICALS: Goblet,
  NEW_MATERIALS: Magnet,
  BIOMEDICINE: FirstAidKit,
  ELECTRONIC_INFORMATION: Cpu,
  NEW_ENERGY_VEHICLES: Lightning,
  RAIL_TRANSIT: Ticket,
  TEXTILES_AND_CLOTHING: Scissor,
  AGRICULTURAL_PRODUCTS_PROCESSING: Food,
  CULTURAL_TOURISM: MapLocation,
}

/** The cluster's icon; a cluster added later gets a neutral one until it is given its own. */
export function clusterIcon(code: string): Component {
  return ICONS[code] ?? Grid
}
