import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logOut, useSession } from './session';
import './people.css';

/** Who is signed in, with 退出登录 and 在所有设备上退出 (issue 18); nothing on the desktop, where nobody signs in. */
export function AccountBadge() {
  const { t } = useTranslation();
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  if (!session?.account) return null;
  const name = session.account.displayName || session.account.name;
  const leave = async (everywhere: boolean): Promise<void> => {
    const result = await logOut(everywhere);
    setProblem(result.ok ? null : t('people.logOutFailed', { reason: result.message ?? '' }));
  };
  return (
    <div className="account-badge" data-testid="account-badge">
      <p className="account-who">{t('people.signedInAs', { name, role: t(`people.role.${session.role}`) })}</p>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void leave(false)}>
          {t('people.logOut')}
        </button>
        <button type="button" className="button button-small" onClick={() => void leave(true)}>
          {t('people.logOutEverywhere')}
        </button>
      </div>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
