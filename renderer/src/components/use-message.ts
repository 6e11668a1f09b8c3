import { App } from 'antd';
import type { JointContent, MessageInstance } from 'antd/es/message/interface';
import { useMemo } from 'react';
import { readingSeconds } from './reading-time';

/** App.useApp().message, where a message given as text stays long enough to be read. */
export function useMessage(): MessageInstance {
  const { message } = App.useApp();
  return useMemo(() => {
    const timed =
      (open: MessageInstance['info']): MessageInstance['info'] =>
      (content: JointContent, duration?: number | VoidFunction, onClose?: VoidFunction) =>
        typeof content === 'string' && duration === undefined ? open(content, readingSeconds(content), onClose) : open(content, duration, onClose);
    return { ...message, info: timed(message.info), success: timed(message.success), error: timed(message.error), warning: timed(message.warning) };
  }, [message]);
}
