import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { JobForm } from './job-form-check';
import { useRecordJob } from './use-record-job';

const FIELDS: ReadonlyArray<{
  name: keyof JobForm;
  label: string;
  placeholder: string;
  maxlength: number;
  type: 'text' | 'number';
}> = [
  {
    name: 'employer',
    label: '在哪里干活（单位或老板）',
    placeholder: '如：临夏市民族服饰厂',
    maxlength: 60,
    type: 'text',
  },
  {
    name: 'jobType',
    label: '干什么活（工种）',
    placeholder: '如：缝纫工',
    maxlength: 30,
    type: 'text',
  },
  {
    name: 'monthlyIncome',
    label: '每月大约收入（元）',
    placeholder: '如：3800',
    maxlength: 7,
    type: 'number',
  },
  {
    name: 'startedOn',
    label: '哪天开始上班',
    placeholder: '2026-01-31',
    maxlength: 10,
    type: 'text',
  },
];

/** 登记就业: where a trainee works after the course, for the 劳务输出 statistics. */
export function JobFormCard({
  enrollmentId,
  courseTitle,
}: {
  enrollmentId: string;
  courseTitle: string;
}) {
  const { form, update, fieldErrors, status, submit } = useRecordJob(enrollmentId);
  if (status.state === 'saved')
    return (
      <View className="psv-card" data-testid="job-saved" role="status">
        <View className="psv-subtitle">已登记</View>
        <View className="psv-text-secondary">
          {form.jobType}（{form.employer}），每月约 {form.monthlyIncome} 元。会算进劳务输出统计里。
        </View>
        <View className="psv-button" onClick={() => void Taro.navigateBack()}>
          <Text>返回</Text>
        </View>
      </View>
    );
  return (
    <View className="psv-card" data-testid="job-form">
      {courseTitle && <View className="psv-text-secondary">培训课程：{courseTitle}</View>}
      {FIELDS.map((field) => (
        <View className="psv-field" key={field.name}>
          <Text className="psv-field__label">{field.label}</Text>
          <Input
            className="psv-input"
            name={field.name}
            type={field.type}
            value={form[field.name]}
            maxlength={field.maxlength}
            placeholder={field.placeholder}
            onInput={(ev) => update({ [field.name]: ev.detail.value })}
          />
          {fieldErrors[field.name] && (
            <View className="psv-field__error">{fieldErrors[field.name]}</View>
          )}
        </View>
      ))}
      <Button
        type="primary"
        size="large"
        block
        data-testid="job-save"
        onClick={() => void submit()}
      >
        {status.state === 'sending' ? '正在保存…' : '登记'}
      </Button>
      {status.state === 'refused' && (
        <View className="psv-field__error" role="alert">
          {status.message}
        </View>
      )}
    </View>
  );
}
