import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

/**
 * A page that crashes while rendering shows a translated message and a way back, never a blank window.
 * Nothing is lost: every write already went to the database before the page re-rendered.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title={i18n.t('errors.internal')}
        extra={<Button onClick={() => this.setState({ failed: false })}>{i18n.t('app.retry')}</Button>}
      />
    );
  }
}
