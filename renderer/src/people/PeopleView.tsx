import { useTranslation } from 'react-i18next';
import { navigate } from '../store/navigation';
import { AccountsPanel } from './AccountsPanel';
import { AuditPanel } from './AuditPanel';
import { useCan } from './session';
import { PEOPLE_TABS } from './tabs';
import type { PeopleTab } from './tabs';
import './people.css';

/** The administrator's screen (issue 18): accounts and the audit trail side by side as two tabs. */
export function PeopleView({ tab }: { tab: PeopleTab }) {
  const { t } = useTranslation();
  const allowed = useCan('accounts.list');
  return (
    <div className="page-scroll">
      <section className="people" aria-labelledby="people-title">
        <div className="view-header">
          <h1 id="people-title">{t('people.heading')}</h1>
        </div>
        <div className="package-tabs" role="tablist" aria-label={t('people.tabsLabel')}>
          {PEOPLE_TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`people-tab-${name}`}
              aria-selected={tab === name}
              aria-controls="people-panel"
              className="package-tab"
              onClick={() => navigate({ kind: 'people', tab: name })}
            >
              {t(`people.nav.${name}`)}
            </button>
          ))}
        </div>
        <div className="people-panel" id="people-panel" role="tabpanel" aria-labelledby={`people-tab-${tab}`}>
          {/* A page opened at this address by someone else is refused by the archive too; here it is simply empty. */}
          {allowed && (tab === 'accounts' ? <AccountsPanel /> : <AuditPanel />)}
        </div>
      </section>
    </div>
  );
}
