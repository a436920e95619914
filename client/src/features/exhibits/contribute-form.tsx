import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { ExhibitCategoryTabs } from './exhibit-category-tabs';
import { PHOTOS_MAX, STORY_MAX, TITLE_MAX } from './contribute-draft';
import { PhotoPicker } from './photo-picker';
import { useContributeForm } from './use-contribute-form';
import { useHomeVillagePreselect } from './use-home-village';
import { VillagePicker } from './village-picker';
import './exhibit-card/exhibit-card.css';
import { FieldError } from '../../components/field-error/field-error';
import { HeldPhotosNote } from '../images/held-photos-note';

/** 我要投稿: village, kind, title, story, era and photos; kept as a draft until it is sent. */
export function ContributeForm() {
  const { values, update, fieldErrors, restored, photos, removePhoto, submit, queued } =
    useContributeForm();
  // Most people send in their own village's history: it is chosen for them, they may change it.
  useHomeVillagePreselect(values.villageId || null, (villageId) => update({ villageId }));
  return (
    <View className="psv-card" data-testid="contribute-form">
      {restored && !queued && (
        <View className="psv-text-secondary">已为您找回上次没写完的内容。</View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">是哪个村的？</Text>
        <VillagePicker
          withAll={false}
          selected={values.villageId || null}
          onChange={(villageId) => update({ villageId: villageId ?? '' })}
        />
        <FieldError message={fieldErrors.villageId} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">是什么？</Text>
        <ExhibitCategoryTabs
          withAll={false}
          selected={values.category}
          onChange={(category) => category && update({ category })}
        />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">标题</Text>
        <Input
          className="psv-input"
          name="title"
          value={values.title}
          maxlength={TITLE_MAX}
          placeholder="比如：爷爷的老木犁"
          onInput={(event) => update({ title: event.detail.value })}
        />
        <FieldError message={fieldErrors.title} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">它的故事</Text>
        <Textarea
          className="psv-textarea"
          name="story"
          value={values.story}
          maxlength={STORY_MAX}
          placeholder="它是谁的、哪一年的、有什么来历，至少写 10 个字"
          onInput={(event) => update({ story: event.detail.value })}
        />
        <Text className="psv-text-secondary">
          {values.story.length}/{STORY_MAX}
        </Text>
        <FieldError message={fieldErrors.story} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">年代（可不填）</Text>
        <Input
          className="psv-input"
          name="era"
          value={values.era}
          maxlength={20}
          placeholder="比如：1970年代、清末"
          onInput={(event) => update({ era: event.detail.value })}
        />
        <FieldError message={fieldErrors.era} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label" data-testid="photo-count">
          照片（已选 {values.photos.length}/{PHOTOS_MAX}）
        </Text>
        <PhotoPicker
          photos={values.photos}
          uploads={photos.uploads}
          room={photos.room}
          onPick={() => void photos.pick()}
          onRemove={removePhoto}
          onDismiss={photos.dismiss}
          stateOf={photos.stateOf}
        />
        <HeldPhotosNote states={values.photos.map((p) => photos.stateOf(p.fileId))} />
        <FieldError message={fieldErrors.photos} />
      </View>
      <View className="psv-field">
        <View className="psv-row" data-testid="contribute-show-name">
          <Text>展出时写出我的全名</Text>
          <Switch
            checked={values.showName === true}
            color="#1f7a3a"
            onChange={(event) => update({ showName: event.detail.value })}
          />
        </View>
        <Text className="psv-text-secondary">
          {values.showName ? '大家会看到您的全名。' : '不打开时，大家看到的是“马*礼”这样的名字。'}
        </Text>
      </View>
      <Button type="primary" size="large" block disabled={photos.busy} onClick={() => submit()}>
        {photos.busy ? '照片正在处理…' : '提交投稿'}
      </Button>
      {queued && (
        <View className="psv-text-secondary" role="status" data-testid="contribute-queued">
          已保存到手机上，正在发送（没有网络时，联网后自动发送，照片一起发）。村干部审核通过后，大家就能看到了。
        </View>
      )}
    </View>
  );
}
