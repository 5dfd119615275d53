/** "Edit" and "Remove" for one item of a list (a risk, a partner), each with a label naming the item. */
interface EditRemoveButtonsProps {
  labels: { edit: string; remove: string; editItem: string; removeItem: string };
  disabled: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

export function EditRemoveButtons({ labels, disabled, onEdit, onRemove }: EditRemoveButtonsProps) {
  return (
    <>
      <button type="button" className="button button--quiet button--small" onClick={onEdit} aria-label={labels.editItem}>
        {labels.edit}
      </button>
      <button type="button" className="button button--danger-quiet button--small" disabled={disabled} onClick={onRemove} aria-label={labels.removeItem}>
        {labels.remove}
      </button>
    </>
  );
}
