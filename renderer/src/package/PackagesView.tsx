import { useTranslation } from 'react-i18next';
import { navigate } from '../store/navigation';
import { BackupPanel } from './BackupPanel';
import { ExportPackage } from './ExportPackage';
import { ImportPackage } from './ImportPackage';
import { PACKAGE_TABS } from './tabs';
import type { PackageTab } from './tabs';
import { VerifyPackage } from './VerifyPackage';
import '../styles/package.css';

/**
 * Packages and backups (issue 15): the File menu's 导出数据包… 导入数据包… 校验数据包… 立即备份,
 * each a part of this one screen, so the person sees the four side by side.
 */
export function PackagesView({ tab, issueIds, startBackup }: { tab: PackageTab; issueIds?: readonly string[]; startBackup?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-scroll">
      <section className="packages" aria-labelledby="packages-title">
        <div className="view-header">
          <h1 id="packages-title">{t('package.heading')}</h1>
          <p className="view-subtitle">{t('package.intro')}</p>
        </div>
        <div className="package-tabs" role="tablist" aria-label={t('package.tabsLabel')}>
          {PACKAGE_TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`package-tab-${name}`}
              aria-selected={tab === name}
              aria-controls="package-panel"
              className="package-tab"
              onClick={() => navigate({ kind: 'packages', tab: name, ...(issueIds && { issueIds }) })}
            >
              {t(`package.tabs.${name}`)}
            </button>
          ))}
        </div>
        <div className="package-panel" id="package-panel" role="tabpanel" aria-labelledby={`package-tab-${tab}`}>
          <Panel tab={tab} issueIds={issueIds} startBackup={startBackup === true} />
        </div>
      </section>
    </div>
  );
}

function Panel({ tab, issueIds, startBackup }: { tab: PackageTab; issueIds: readonly string[] | undefined; startBackup: boolean }) {
  switch (tab) {
    case 'export':
      return <ExportPackage issueIds={issueIds} />;
    case 'import':
      return <ImportPackage />;
    case 'verify':
      return <VerifyPackage />;
    case 'backup':
      return <BackupPanel startNow={startBackup} />;
    default: {
      const unreachable: never = tab;
      return unreachable;
    }
  }
}
