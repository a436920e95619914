import { Input, Text, Textarea, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { CATEGORY_LABEL, CONTENT_MAX, FEEDBACK_CATEGORIES } from './feedback-draft';
import { useFeedbackForm } from './use-feedback-form';

export function FeedbackForm() {
  const { values, update, fieldErrors, restored, submit, queued } = useFeedbackForm();
  return (
    <View className="psv-card" data-testid="feedback-form">
      {restored && !queued && (
        <View className="psv-text-secondary">已为您找回上次没写完的内容。</View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">想说哪方面的事？</Text>
        <View className="psv-choice-group">
          {FEEDBACK_CATEGORIES.map((category) => (
            <View
              key={category}
              data-category={category}
              className={`psv-choice${values.category === category ? ' psv-choice--active' : ''}`}
              onClick={() => update({ category })}
            >
              <Text>{CATEGORY_LABEL[category]}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">具体内容</Text>
        <Textarea
          className="psv-textarea"
          name="content"
          value={values.content}
          maxlength={CONTENT_MAX}
          placeholder="请写清楚是什么事，至少5个字"
          onInput={(event) => update({ content: event.detail.value })}
        />
        <Text className="psv-text-secondary">
          {values.content.length}/{CONTENT_MAX}
        </Text>
        {fieldErrors.content && <View className="psv-field__error">{fieldErrors.content}</View>}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">联系电话（可不填）</Text>
        <Input
          className="psv-input"
          name="contact"
          type="number"
          value={values.contact}
          placeholder="需要回电时填写"
          onInput={(event) => update({ contact: event.detail.value })}
        />
        {fieldErrors.contact && <View className="psv-field__error">{fieldErrors.contact}</View>}
      </View>
      <Button type="primary" size="large" block onClick={() => submit()}>
        提交
      </Button>
      {queued && (
        <View className="psv-text-secondary" role="status">
          已保存到手机上，正在发送。网络不好也没关系，会自动重发，不会重复提交。
        </View>
      )}
    </View>
  );
}
