import 'element-plus/es/components/tabs/style/css'
import 'element-plus/es/components/tab-pane/style/css'
import { ElTabPane as ElTabPaneComponent, ElTabs as ElTabsComponent } from 'element-plus/es/components/tabs/index.mjs'

// Own bindings (not re-exports), so that using the component keeps this module, and its styles, in the build.
export const ElTabs = ElTabsComponent
export const ElTabPane = ElTabPaneComponent
