import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import './policy-search-box.css';

const EXAMPLES = ['上学', '看病', '贷款', '养老'];

/** A search box for everyday words, with a few words to tap. */
export function PolicySearchBox({
  query,
  onSearch,
}: {
  query: string;
  onSearch: (words: string) => void;
}) {
  const [words, setWords] = useState(query);
  const submit = (value: string) => {
    setWords(value);
    onSearch(value.trim().slice(0, 20));
  };
  return (
    <View className="psv-field" data-testid="policy-search">
      <Text className="psv-field__label">想办什么事？说个词就能找</Text>
      <View className="psv-policy-search">
        <Input
          className="psv-input psv-policy-search__input"
          value={words}
          maxlength={20}
          confirmType="search"
          placeholder="比如：上学、看病、贷款"
          onInput={(event) => setWords(event.detail.value)}
          onConfirm={(event) => submit(event.detail.value)}
        />
        <View
          className="psv-button psv-button--primary psv-policy-search__button"
          data-testid="policy-search-submit"
          onClick={() => submit(words)}
        >
          <Text>搜索</Text>
        </View>
      </View>
      <View className="psv-choice-group psv-policy-search__examples">
        {EXAMPLES.map((example) => (
          <View
            key={example}
            className="psv-choice"
            data-word={example}
            onClick={() => submit(example)}
          >
            <Text>{example}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
