import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { PrivacyNotice } from '../privacy/privacy-notice/privacy-notice';
import { LoadedOrgUnitPicker } from './org-unit-picker';
import { choosesVillage } from './profile-check';
import { returnFromProfile } from './return-from-profile';
import type { MeView } from './users-api';
import { useProfileForm } from './use-profile-form';
import './profile-form.css';
import { FieldError } from '../../components/field-error/field-error';

/** Once saved, the page goes back to where the villager came from (我的, or the form that asked). */
const BACK_AFTER_MS = 1500;

function Saved({ me }: { me: MeView }) {
  useEffect(() => {
    const timer = setTimeout(returnFromProfile, BACK_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <View className="psv-card" data-testid="profile-saved" role="status">
      <View className="psv-subtitle">资料已保存</View>
      {me.phoneMasked && <Text>手机：{me.phoneMasked}</Text>}
      {me.idNumberMasked && (
        <View>
          <Text>身份证号已保存，以后只显示后4位。</Text>
        </View>
      )}
      <View className="psv-button psv-button--primary" onClick={returnFromProfile}>
        <Text>返回</Text>
      </View>
    </View>
  );
}

/** 完善资料: name, phone, ID number (with the privacy consent) and, for villagers, the home village. */
export function ProfileForm({ me }: { me: MeView }) {
  const { form, update, fieldErrors, save, submit } = useProfileForm(me);
  const [showId, setShowId] = useState(false);
  if (save.state === 'saved') return <Saved me={save.me} />;
  return (
    <View className="psv-card" data-testid="profile-form">
      <View className="psv-field">
        <Text className="psv-field__label">姓名</Text>
        <Input
          className="psv-input"
          name="name"
          value={form.name}
          maxlength={20}
          placeholder="和身份证上一样"
          onInput={(event) => update({ name: event.detail.value })}
        />
        <FieldError message={fieldErrors.name} testId="profile-error-name" />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">手机号</Text>
        {me.phoneMasked && (
          <View className="psv-text-secondary" data-testid="profile-phone-on-file">
            已填：{me.phoneMasked}（要换号再填新的）
          </View>
        )}
        <Input
          className="psv-input"
          name="phone"
          type="number"
          maxlength={11}
          value={form.phone}
          placeholder="11位手机号"
          onInput={(event) => update({ phone: event.detail.value })}
        />
        <FieldError message={fieldErrors.phone} testId="profile-error-phone" />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">身份证号（报名培训时核对年龄用）</Text>
        {me.idNumberMasked && (
          <View className="psv-text-secondary" data-testid="profile-id-on-file">
            已填：{me.idNumberMasked}（要改再填）
          </View>
        )}
        <View className="psv-profile-id-row">
          <Input
            className="psv-input"
            name="idNumber"
            type="idcard"
            password={!showId}
            maxlength={18}
            value={form.idNumber}
            placeholder="18位身份证号"
            onInput={(event) => update({ idNumber: event.detail.value })}
          />
          <View
            className="psv-button psv-profile-id-toggle"
            data-testid="profile-id-toggle"
            aria-label={showId ? '隐藏身份证号' : '显示身份证号'}
            onClick={() => setShowId((s) => !s)}
          >
            <Text>{showId ? '隐藏' : '显示'}</Text>
          </View>
        </View>
        <FieldError message={fieldErrors.idNumber} testId="profile-error-idNumber" />
      </View>
      {choosesVillage(me) ? (
        <View className="psv-field">
          <Text className="psv-field__label">您住在哪个村</Text>
          <LoadedOrgUnitPicker
            level="village"
            selected={form.villageId}
            onChange={(villageId) => update({ villageId })}
            testId="profile-village"
          />
          <FieldError message={fieldErrors.villageId} testId="profile-error-villageId" />
        </View>
      ) : (
        me.orgUnitName && (
          <View className="psv-field">
            <Text className="psv-field__label">所在</Text>
            <Text>{me.orgUnitName}</Text>
            <View className="psv-text-secondary">
              {me.role === 'villager' ? '已关联家庭档案，搬迁请找村干部办理。' : '由管理员设置。'}
            </View>
          </View>
        )
      )}
      <View className="psv-field">
        <PrivacyNotice text="手机号和身份证号只给负责您的村、镇、市干部看，别人只看到后4位。请先读" />
        <View
          className={`psv-choice${form.consent ? ' psv-choice--active' : ''}`}
          data-testid="profile-consent"
          role="checkbox"
          aria-checked={form.consent}
          onClick={() => update({ consent: !form.consent })}
        >
          <Text>{form.consent ? '☑' : '☐'} 我已阅读并同意《隐私政策》</Text>
        </View>
        <FieldError message={fieldErrors.consentVersion} testId="profile-error-consent" />
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="profile-save"
        onClick={() => void submit()}
      >
        <Text>{save.state === 'saving' ? '正在保存…' : '保存'}</Text>
      </View>
      {save.state === 'refused' && (
        <View className="psv-field__error" role="alert" data-testid="profile-refusal">
          {save.message}
        </View>
      )}
    </View>
  );
}
