"""stories: near-duplicate fingerprint and main actors per article

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("actors", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_duplicate_of"), ["duplicate_of"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_duplicate_of"))
        batch_op.drop_column("actors")
        batch_op.drop_column("duplicate_of")
        batch_op.drop_column("fingerprint")
