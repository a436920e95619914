import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';

/** Keyword search over titles and stories. */
export function ExhibitSearchBox({
  query,
  onSearch,
}: {
  query: string;
  onSearch: (words: string) => void;
}) {
  const [words, setWords] = useState(query);
  return (
    <View className="psv-row">
      <Input
        className="psv-input"
        data-testid="exhibit-search"
        value={words}
        confirmType="search"
        placeholder="搜一搜：老井、石磨、家训…"
        onInput={(event) => setWords(event.detail.value)}
        onConfirm={() => onSearch(words)}
      />
      <View
        className="psv-button psv-exhibit-search-go"
        data-testid="exhibit-search-go"
        onClick={() => onSearch(words)}
      >
        <Text>搜索</Text>
      </View>
    </View>
  );
}
