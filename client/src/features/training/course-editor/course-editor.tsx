import Taro from '@tarojs/taro';
import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { COURSE_CATEGORIES, COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import { ChoiceChips } from '../../../components/choice-chips/choice-chips';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import type { CourseForm, FieldErrors, SessionDraft } from './course-form';
import { addSession } from './course-form';
import { SessionRows } from './session-rows';
import type { SaveState } from './use-course-editor';
import { useCourseEditor } from './use-course-editor';
import { useTowns } from './use-towns';
import './course-editor.css';
import { FieldError } from '../../../components/field-error/field-error';

const STATUS_LABEL: Record<'published' | 'closed', string> = {
  published: '开放报名',
  closed: '停办（学员看不到）',
};

function TextField({
  name,
  label,
  value,
  placeholder,
  maxlength,
  type = 'text',
  errors,
  onInput,
}: {
  name: keyof CourseForm;
  label: string;
  value: string;
  placeholder: string;
  maxlength: number;
  type?: 'text' | 'number';
  errors: FieldErrors;
  onInput: (value: string) => void;
}) {
  return (
    <View className="psv-field">
      <Text className="psv-field__label">{label}</Text>
      <Input
        className="psv-input"
        name={name}
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(ev) => onInput(ev.detail.value)}
      />
      <FieldError testId="course-field-error" message={errors[name]} />
    </View>
  );
}

function SaveResult({ save, onReload }: { save: SaveState; onReload: () => void }) {
  if (save.state === 'saved')
    return (
      <View className="psv-text-secondary" role="status" data-testid="course-saved">
        已保存：“{save.course.title}”，学员在“技能培训”里能看到。
        <View
          className="psv-button"
          data-testid="course-saved-back"
          onClick={() => void Taro.navigateBack()}
        >
          <Text>回到培训管理</Text>
        </View>
      </View>
    );
  if (save.state !== 'refused') return null;
  return (
    <View className="psv-field__error" role="alert" data-testid="course-save-error">
      {save.message}
      {save.code === 'CONFLICT' && save.message.includes('刷新') && (
        <View className="psv-button" onClick={onReload}>
          <Text>重新载入课程</Text>
        </View>
      )}
    </View>
  );
}

/** 开课 / 编辑课程: everything a course has, checked field by field in plain Chinese. */
export function CourseEditor({ courseId }: { courseId: string | null }) {
  const editor = useCourseEditor(courseId);
  const towns = useTowns();
  if (editor.loading) return <LoadingState />;
  if (editor.loadError)
    return (
      <ErrorState
        message={editor.loadError.message}
        code={editor.loadError.code}
        onRetry={editor.reload}
      />
    );
  const f = editor.form;
  if (!f) return <LoadingState />;
  const errors = editor.fieldErrors;
  const { update } = editor;
  const setSession = (index: number, patch: Partial<SessionDraft>) =>
    update({ sessions: f.sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  const townOptions = towns.state === 'ready' ? towns.data.items.map((t) => t.id) : [];
  const townLabels = Object.fromEntries(
    towns.state === 'ready' ? towns.data.items.map((t) => [t.id, t.name]) : [],
  );
  return (
    <View className="psv-card" data-testid="course-editor" data-editing={f.courseId ? 'yes' : 'no'}>
      <TextField
        name="title"
        label="课程名称"
        value={f.title}
        placeholder="如：挖掘机操作（初级）"
        maxlength={40}
        errors={errors}
        onInput={(title) => update({ title })}
      />
      <View className="psv-field">
        <Text className="psv-field__label">培训类别</Text>
        <ChoiceChips
          options={COURSE_CATEGORIES}
          labels={COURSE_CATEGORY_LABEL}
          selected={f.category}
          onChange={(category) => category && update({ category })}
          testId="course-category"
        />
        <FieldError testId="course-field-error" message={errors.category} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">课程介绍</Text>
        <Textarea
          className="psv-textarea"
          name="description"
          value={f.description}
          maxlength={1000}
          placeholder="学什么、学完能做什么工作"
          onInput={(ev) => update({ description: ev.detail.value })}
        />
        <FieldError testId="course-field-error" message={errors.description} />
      </View>
      <SessionRows
        sessions={f.sessions}
        errors={errors}
        onChange={setSession}
        onAdd={() => update({ sessions: addSession(f.sessions, new Date()) })}
        onRemove={(index) => update({ sessions: f.sessions.filter((_, i) => i !== index) })}
      />
      <TextField
        name="capacity"
        label="名额（人）"
        type="number"
        value={f.capacity}
        placeholder="如：30"
        maxlength={4}
        errors={errors}
        onInput={(capacity) => update({ capacity })}
      />
      <View className="psv-field">
        <Text className="psv-field__label">报名开始（日期、时间）</Text>
        <View className="psv-course-editor__pair">
          <Input
            className="psv-input"
            name="opensOn"
            value={f.opensOn}
            maxlength={10}
            placeholder="2026-01-31"
            onInput={(ev) => update({ opensOn: ev.detail.value })}
          />
          <Input
            className="psv-input"
            name="opensAt"
            value={f.opensAt}
            maxlength={5}
            placeholder="08:00"
            onInput={(ev) => update({ opensAt: ev.detail.value })}
          />
        </View>
        <FieldError testId="course-field-error" message={errors.signupOpensAt} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">报名截止（日期、时间）</Text>
        <View className="psv-course-editor__pair">
          <Input
            className="psv-input"
            name="closesOn"
            value={f.closesOn}
            maxlength={10}
            placeholder="2026-02-10"
            onInput={(ev) => update({ closesOn: ev.detail.value })}
          />
          <Input
            className="psv-input"
            name="closesAt"
            value={f.closesAt}
            maxlength={5}
            placeholder="18:00"
            onInput={(ev) => update({ closesAt: ev.detail.value })}
          />
        </View>
        <FieldError testId="course-field-error" message={errors.signupClosesAt} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">报名条件：年龄（岁）</Text>
        <View className="psv-course-editor__pair">
          <Input
            className="psv-input"
            name="minAge"
            type="number"
            value={f.minAge}
            maxlength={3}
            placeholder="最小 16"
            onInput={(ev) => update({ minAge: ev.detail.value })}
          />
          <Input
            className="psv-input"
            name="maxAge"
            type="number"
            value={f.maxAge}
            maxlength={3}
            placeholder="最大 60"
            onInput={(ev) => update({ maxAge: ev.detail.value })}
          />
        </View>
        <FieldError testId="course-field-error" message={errors.minAge} />
        <FieldError testId="course-field-error" message={errors.maxAge} />
      </View>
      <View className="psv-field psv-row">
        <Text className="psv-field__label">只收本市村民</Text>
        <Switch
          checked={f.residentOnly}
          data-testid="course-resident-only"
          onChange={(ev) => update({ residentOnly: ev.detail.value })}
        />
      </View>
      <TextField
        name="requirements"
        label="其他报名要求（可不填）"
        value={f.requirements}
        placeholder="如：需自带身份证复印件"
        maxlength={300}
        errors={errors}
        onInput={(requirements) => update({ requirements })}
      />
      <View className="psv-field">
        <Text className="psv-field__label">举办的镇（可不选，全市都可报）</Text>
        <ChoiceChips
          options={townOptions}
          labels={townLabels}
          selected={f.townId}
          onChange={(townId) => update({ townId })}
          allLabel="全市"
          testId="course-town"
        />
        <FieldError testId="course-field-error" message={errors.townId} />
      </View>
      <TextField
        name="location"
        label="上课地点"
        value={f.location}
        placeholder="如：祁牟村文化活动中心"
        maxlength={80}
        errors={errors}
        onInput={(location) => update({ location })}
      />
      <TextField
        name="attendanceToComplete"
        label="结业需要签到几次"
        type="number"
        value={f.attendanceToComplete}
        placeholder="如：4"
        maxlength={2}
        errors={errors}
        onInput={(attendanceToComplete) => update({ attendanceToComplete })}
      />
      <TextField
        name="cancelHoursBefore"
        label="开课前多少小时内不能取消报名"
        type="number"
        value={f.cancelHoursBefore}
        placeholder="如：24"
        maxlength={3}
        errors={errors}
        onInput={(cancelHoursBefore) => update({ cancelHoursBefore })}
      />
      {f.courseId && f.status !== 'draft' && (
        <View className="psv-field">
          <Text className="psv-field__label">课程状态</Text>
          <ChoiceChips
            options={['published', 'closed'] as const}
            labels={STATUS_LABEL}
            selected={f.status}
            onChange={(status) => status && update({ status })}
            testId="course-status"
          />
        </View>
      )}
      {Object.keys(errors).length > 0 && (
        <View className="psv-field__error" role="alert">
          有 {Object.keys(errors).length} 处要改，请看上面红字。
        </View>
      )}
      <Button
        type="primary"
        size="large"
        block
        data-testid="course-save"
        onClick={() => void editor.submit()}
      >
        {editor.save.state === 'sending' ? '正在保存…' : f.courseId ? '保存修改' : '发布课程'}
      </Button>
      <SaveResult save={editor.save} onReload={editor.reload} />
    </View>
  );
}
