import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { PolicyFaqItem } from './policies-api';

/** 常见问题: tap a question to open its answer; several may stay open. */
export function FaqAccordion({ items }: { items: readonly PolicyFaqItem[] }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <View className="psv-faq" data-testid="policy-faq">
      {items.map((item, index) => {
        const expanded = open.has(index);
        return (
          <View key={item.q} className="psv-faq__item" data-testid="faq-item">
            <View
              className="psv-faq__question"
              role="button"
              aria-expanded={expanded}
              onClick={() => toggle(index)}
            >
              <Text>问：{item.q}</Text>
              <Text className="psv-faq__arrow">{expanded ? '收起 ▲' : '展开 ▼'}</Text>
            </View>
            {expanded && (
              <View className="psv-faq__answer" data-testid="faq-answer">
                答：{item.a}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
