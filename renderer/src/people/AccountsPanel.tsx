import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { ROLES } from '../../../shared/people';
import type { AccountView, Role } from '../../../shared/people';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDateTime } from './format-time';
import { shownData, useApi } from '../hooks/useApi';
import { call } from '../store/api';
import { useStore } from '../store/store';
import { useSession } from './session';

type Pending = { kind: 'remove' | 'disable'; name: string } | { kind: 'password'; name: string; password: string } | null;

/** 账户 (issue 18): the administrator adds colleagues, changes their role, disables, resets and removes. */
export function AccountsPanel() {
  const { t } = useTranslation();
  const [refresh, setRefresh] = useState(0);
  const { state, retry } = useApi('accounts.list', {}, refresh);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const me = useSession()?.account?.name;
  const accounts = shownData(state);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!accounts) return <Loading />;

  async function update(name: string, patch: { role?: Role; disabled?: boolean; password?: string }, said: string): Promise<void> {
    const answer = await call('accounts.update', { name, ...patch });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(said);
    setPending(null);
    setRefresh((n) => n + 1);
  }
  async function remove(name: string): Promise<void> {
    const answer = await call('accounts.remove', { name });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(t('people.accounts.removed', { name }));
    setPending(null);
    setRefresh((n) => n + 1);
  }

  return (
    <div className="accounts">
      <h2>{t('people.accounts.heading')}</h2>
      <p className="view-subtitle">{t('people.accounts.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {done && !error && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {accounts.length === 0 ? (
        <p className="muted-block">{t('people.accounts.empty')}</p>
      ) : (
        <div className="people-table-wrap">
          <table className="report-table people-table" data-testid="accounts-table">
            <thead>
              <tr>
                <th scope="col">{t('people.accounts.name')}</th>
                <th scope="col">{t('people.accounts.role')}</th>
                <th scope="col">{t('people.accounts.status')}</th>
                <th scope="col">{t('people.accounts.lastLogin')}</th>
                <th scope="col">{t('people.accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow
                  key={account.name}
                  account={account}
                  isMe={account.name === me}
                  pending={pending?.name === account.name ? pending : null}
                  onPending={setPending}
                  onUpdate={(patch, said) => void update(account.name, patch, said)}
                  onRemove={() => void remove(account.name)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddAccount
        onAdded={(name) => {
          setError(null);
          setDone(t('people.accounts.added', { name }));
          setRefresh((n) => n + 1);
        }}
        onError={setError}
      />
    </div>
  );
}

function AccountRow(props: {
  account: AccountView;
  isMe: boolean;
  pending: Pending;
  onPending: (pending: Pending) => void;
  onUpdate: (patch: { role?: Role; disabled?: boolean; password?: string }, said: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = useStore((state) => state.language);
  const { account, isMe, pending, onPending, onUpdate, onRemove } = props;
  const name = account.name;
  return (
    <tr data-account={name} className={account.disabled ? 'account-disabled' : undefined}>
      <td>
        <span className="account-name">{name}</span> {isMe && <span className="muted">{t('people.accounts.you')}</span>}
        {account.displayName && account.displayName !== name && <span className="account-display">{account.displayName}</span>}
      </td>
      <td>
        <select
          aria-label={t('people.accounts.changeRole', { name })}
          value={account.role}
          disabled={isMe}
          onChange={(event) => {
            const role = ROLES.find((r) => r === event.target.value);
            if (role) onUpdate({ role }, t('people.accounts.roleChanged', { name, role: t(`people.role.${role}`) }));
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`people.role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{account.disabled ? t('people.accounts.disabled') : t('people.accounts.active')}</td>
      <td>{account.lastLoginAt ? formatDateTime(account.lastLoginAt, language) : t('people.accounts.never')}</td>
      <td>
        {pending?.kind === 'remove' || pending?.kind === 'disable' ? (
          <div
            className="confirm-inline"
            role="alertdialog"
            aria-label={t(pending.kind === 'remove' ? 'people.accounts.remove' : 'people.accounts.disable')}
          >
            <p>{t(pending.kind === 'remove' ? 'people.accounts.confirmRemove' : 'people.accounts.confirmDisable', { name })}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() =>
                  pending.kind === 'remove' ? onRemove() : onUpdate({ disabled: true }, t('people.accounts.disabledDone', { name }))
                }
              >
                {t('people.accounts.confirm')}
              </button>
              <button type="button" className="button button-small" onClick={() => onPending(null)}>
                {t('people.accounts.cancel')}
              </button>
            </div>
          </div>
        ) : pending?.kind === 'password' ? (
          <form
            className="button-row"
            onSubmit={(event) => {
              event.preventDefault();
              onUpdate({ password: pending.password }, t('people.accounts.passwordReset', { name }));
            }}
          >
            <input
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              aria-label={t('people.accounts.newPassword', { name })}
              value={pending.password}
              onChange={(event) => onPending({ kind: 'password', name, password: event.target.value })}
            />
            <button type="submit" className="button button-small">
              {t('people.accounts.save')}
            </button>
            <button type="button" className="button button-small" onClick={() => onPending(null)}>
              {t('people.accounts.cancel')}
            </button>
          </form>
        ) : (
          <div className="button-row">
            <button type="button" className="button button-small" onClick={() => onPending({ kind: 'password', name, password: '' })}>
              {t('people.accounts.resetPassword')}
            </button>
            {!isMe &&
              (account.disabled ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onUpdate({ disabled: false }, t('people.accounts.enabledDone', { name }))}
                >
                  {t('people.accounts.enable')}
                </button>
              ) : (
                <button type="button" className="button button-small" onClick={() => onPending({ kind: 'disable', name })}>
                  {t('people.accounts.disable')}
                </button>
              ))}
            {!isMe && (
              <button type="button" className="button button-small" onClick={() => onPending({ kind: 'remove', name })}>
                {t('people.accounts.remove')}
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function AddAccount({ onAdded, onError }: { onAdded: (name: string) => void; onError: (error: ApiError) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [password, setPassword] = useState('');
  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const answer = await call('accounts.add', { name, role, password, ...(displayName.trim() && { displayName }) });
    if (!answer.ok) return onError(answer.error);
    setName('');
    setDisplayName('');
    setPassword('');
    onAdded(answer.data.name);
  }
  return (
    <form className="people-add" aria-labelledby="add-account-title" onSubmit={(event) => void submit(event)}>
      <h3 id="add-account-title">{t('people.accounts.addHeading')}</h3>
      <div className="people-fields">
        <label className="field">
          <span>{t('people.accounts.name')}</span>
          <input required maxLength={64} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.accounts.displayName')}</span>
          <input maxLength={64} autoComplete="off" value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.accounts.role')}</span>
          <select value={role} onChange={(event) => setRole(ROLES.find((r) => r === event.target.value) ?? 'reader')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`people.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.accounts.password')}</span>
          <input
            type="password"
            required
            minLength={10}
            autoComplete="new-password"
            aria-describedby="password-hint"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
      </div>
      <p id="password-hint" className="field-hint">
        {t('people.accounts.passwordHint')}
      </p>
      <button type="submit" className="button button-primary">
        {t('people.accounts.create')}
      </button>
    </form>
  );
}
