import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { CourseList } from '../../../../features/training/course-list';
import { TrainerEntry } from '../../../../features/training/trainer-entry';
import {
  MY_ENROLLMENTS_PATH,
  VERIFY_CERTIFICATE_PATH,
} from '../../../../features/training/training-paths';

/** 技能培训: free courses to sign up for, with 我的报名 and 证书查验 at hand. */
export default function TrainingPage() {
  return (
    <PageShell title="技能培训">
      <View className="psv-text-secondary">免费培训，学一门手艺。名额满了可以排队候补。</View>
      <TrainerEntry variant="button" />
      <View className="psv-grid">
        <View
          className="psv-grid__item"
          data-testid="open-mine"
          onClick={() => void Taro.navigateTo({ url: MY_ENROLLMENTS_PATH })}
        >
          <Text className="psv-grid__title">我的报名</Text>
          <Text className="psv-text-secondary">报名结果、签到、证书</Text>
        </View>
        <View
          className="psv-grid__item"
          data-testid="open-verify"
          onClick={() => void Taro.navigateTo({ url: VERIFY_CERTIFICATE_PATH })}
        >
          <Text className="psv-grid__title">证书查验</Text>
          <Text className="psv-text-secondary">输入编号，核对证书真假</Text>
        </View>
      </View>
      <CourseList />
    </PageShell>
  );
}
