import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EXHIBIT_CATEGORY_LABEL } from '@shared/exhibits/exhibit-labels';
import { ExhibitCategoryTabs } from './exhibit-category-tabs';
import { ExhibitGrid } from './exhibit-grid';
import { useMyRole } from '../session/use-my-role';
import { CONTRIBUTE_PATH, MY_EXHIBITS_PATH, REVIEW_QUEUE_PATH, readerPath } from './exhibit-paths';
import { ExhibitSearchBox } from './exhibit-search-box';
import { useExhibitList } from './use-exhibit-list';
import { useHomeVillagePreselect } from './use-home-village';
import { VillagePicker } from './village-picker';

/** The 村史 landing: village, category, keyword, then the grid; more pages on scrolling down. */
export function ExhibitBrowser() {
  const { filter, change, list } = useExhibitList();
  const role = useMyRole();
  // The user's own village first; 全部村 is one tap away.
  useHomeVillagePreselect(filter.villageId, (villageId) => change({ villageId }));
  useReachBottom(() => list.loadMore());
  const go = (url: string) => void Taro.navigateTo({ url });
  const query = filter.query.trim();
  return (
    <View data-testid="exhibit-browser">
      <View className="psv-card">
        <ExhibitSearchBox key={query} query={filter.query} onSearch={(q) => change({ query: q })} />
        <VillagePicker
          selected={filter.villageId}
          onChange={(villageId) => change({ villageId })}
        />
        <ExhibitCategoryTabs
          selected={filter.category}
          onChange={(category) => change({ category })}
        />
      </View>
      <View className="psv-exhibit-actions">
        {filter.villageId && (
          <View
            className="psv-button"
            data-testid="exhibit-reader-entry"
            onClick={() => filter.villageId && go(readerPath(filter.villageId))}
          >
            <Text>读《乡愁记忆》</Text>
          </View>
        )}
        <View
          className="psv-button psv-button--primary"
          data-testid="contribute-entry"
          onClick={() => go(CONTRIBUTE_PATH)}
        >
          <Text>我要投稿</Text>
        </View>
        <View
          className="psv-button"
          data-testid="my-exhibits-entry"
          onClick={() => go(MY_EXHIBITS_PATH)}
        >
          <Text>我的投稿</Text>
        </View>
        {role === 'village_cadre' && (
          <View
            className="psv-button"
            data-testid="review-queue-entry"
            onClick={() => go(REVIEW_QUEUE_PATH)}
          >
            <Text>审核投稿</Text>
          </View>
        )}
      </View>
      <ExhibitGrid
        list={list}
        emptyTitle={
          query
            ? `没有找到和“${query}”有关的展品`
            : filter.category
              ? `“${EXHIBIT_CATEGORY_LABEL[filter.category]}”还没有展品`
              : '这里还没有展品'
        }
      />
    </View>
  );
}
