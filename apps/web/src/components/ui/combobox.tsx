import { useCombobox } from 'downshift';
import { useId, type Ref } from 'react';

type ComboboxProps<T> = {
  /** The accessible name; shown as a label unless `hideLabel` (inside a table the column names it). */
  label: string;
  hideLabel?: boolean;
  /** The options matching the typed text; the caller filters (see `filter`). */
  items: readonly T[];
  itemKey: (item: T) => string;
  itemText: (item: T) => string;
  /** The text in the input, controlled by the caller so free text (a typed number) is kept. */
  inputValue: string;
  onInputValueChange: (text: string) => void;
  selected: T | null;
  onSelect: (item: T | null) => void;
  onBlur?: () => void;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
  emptyText?: string;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
};

/**
 * A searchable combobox (downshift, the WAI-ARIA combobox pattern): type to filter, arrow keys move,
 * Enter chooses the highlighted option (the first one when none is), Escape closes the list.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, hideLabel, items, itemKey, itemText, inputValue, onInputValueChange, selected, onSelect } =
    props;
  const { onBlur, placeholder, disabled, invalid, describedBy, emptyText, inputRef, id: givenId } = props;
  const ownId = useId();
  const id = givenId ?? ownId;
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } =
    useCombobox<T>({
      id,
      inputId: `${id}-input`,
      labelId: `${id}-label`,
      menuId: `${id}-list`,
      items: items as T[],
      itemToString: (item) => (item ? itemText(item) : ''),
      itemToKey: (item) => (item ? itemKey(item) : null),
      selectedItem: selected,
      inputValue,
      defaultHighlightedIndex: 0,
      onSelectedItemChange: ({ selectedItem }) => onSelect(selectedItem ?? null),
    });
  return (
    <div className="combobox">
      <label {...getLabelProps()} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        {...getInputProps({
          ref: inputRef,
          // Typing goes to the caller in the input's own change event: downshift reports its state
          // changes after rendering, too late for a controlled input, so fast typing lost keys.
          // Choosing an option writes its text through onSelect.
          onChange: (event) => onInputValueChange(event.currentTarget.value),
          onBlur,
          className: 'combobox__input',
          placeholder,
          disabled,
          autoComplete: 'off',
          spellCheck: false,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
        })}
      />
      <ul {...getMenuProps()} className="combobox__list" hidden={!isOpen}>
        {isOpen &&
          items.map((item, index) => (
            <li
              key={itemKey(item)}
              className={
                selected && itemKey(selected) === itemKey(item)
                  ? 'combobox__option combobox__option--chosen'
                  : 'combobox__option'
              }
              {...getItemProps({ item, index })}
              aria-selected={highlightedIndex === index}
            >
              {itemText(item)}
            </li>
          ))}
        {isOpen && items.length === 0 && emptyText && (
          <li className="combobox__empty" role="presentation">
            {emptyText}
          </li>
        )}
      </ul>
    </div>
  );
}
