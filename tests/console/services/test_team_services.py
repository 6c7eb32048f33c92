"""The console's own services, run through a Database connected as each person's login.

The same actions a desk makes (pop, note, callback, claim, outcome, transfer, dashboard,
scripts, disruptions, reassign, the sweep) work for the role that may make them, and what the
role may not do is refused — by the service's own check where there is one, and by PostgreSQL
when a modified client skips that check (it passes a supervisor's id while logged in as an
agent).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import insert, select

from console.errors import PermissionRefusedError, UserFacingError
from console.services.callbacks import CallbackService
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.services.customers import CustomerService
from console.services.dashboard import DashboardService
from console.services.incidents import IncidentService
from console.services.interactions import InteractionService
from console.services.scripts import ScriptService
from console.services.transfers import TransferNote, TransferService
from console.services.users import UserService
from console.storage.models import Callback, Incident
from tests.conftest import _pg_clone
from tests.support.pgserver import PgServer
from tests.support.team import Team, build_team

pytestmark = pytest.mark.postgres
NOTE = TransferNote(reason="refund", issue="Wants the refund now", tried="Checked the booking")


@pytest.fixture
def team(pg_server: PgServer, pg_template: str) -> Iterator[Team]:
    built = build_team(_pg_clone(pg_server, pg_template))
    ScriptService(built.owner).seed_if_empty()
    yield built
    built.dispose()


def _callback(team: Team, owner: str | None, queue: str, *, due_in: dt.timedelta,
              window_started: dt.timedelta = dt.timedelta(0)) -> int:  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    start = now + due_in - window_started
    with team.owner.write() as conn:
        return int(conn.execute(insert(Callback).values(
            customer_id=team.customer, phone_e164="+79165551234", queue_id=team.queue[queue],
            owner_id=team.uid[owner] if owner else None, created_by=team.uid[owner or "sue"],
            window_start=start, window_end=start + dt.timedelta(hours=2),
            zone="Europe/Moscow", due_at=now + due_in,
        ).returning(Callback.id)).scalar_one())  # fmt: skip


def _owner_of(team: Team, callback_id: int) -> int | None:
    with team.owner.read() as conn:
        return conn.scalar(select(Callback.owner_id).where(Callback.id == callback_id))


def test_an_agent_pops_writes_a_note_claims_and_closes_a_callback(team: Team) -> None:
    db = team.db("ana")
    me = UserService(db).resolve(None)
    assert (me.username, me.role) == (team.login["ana"], "agent")
    pop = CustomerService(db).pop("+7 916 555-12-34")
    assert pop is not None and pop.card.full_name == "Ольга Петрова"
    assert CustomerService(db).find("петрова")[0].id == team.customer
    item = InteractionService(db).add_note(team.customer, me.id, "Asked about the refund")
    assert item.summary == "Asked about the refund"
    mine = _callback(team, "ana", "Refunds", due_in=-dt.timedelta(minutes=1))
    svc = CallbackService(db)
    claimed = svc.claim_next(me.id)
    assert claimed is not None and claimed.id == mine
    done = svc.record_outcome(claimed.id, claimed.version, me.id, "reached")
    assert done.callback.state == "kept"
    TransferService(db).heartbeat(me.id)


def test_an_agent_claims_from_their_queue_but_never_from_another(team: Team) -> None:
    refunds = _callback(team, None, "Refunds", due_in=-dt.timedelta(minutes=1))
    _callback(team, None, "Sales", due_in=-dt.timedelta(minutes=2))
    svc = CallbackService(team.db("ana"))
    got = svc.claim_next(team.uid["ana"])
    assert got is not None and got.id == refunds
    assert svc.claim_next(team.uid["ana"]) is None  # Sales is not Ana's queue
    # A modified client claiming in Cy's name (Cy is in Refunds too) while logged in as Ana is
    # refused by the database; in Bob's name it finds nothing, Sales is hidden from Ana.
    _callback(team, None, "Refunds", due_in=-dt.timedelta(minutes=1))
    with pytest.raises(PermissionRefusedError):
        svc.claim_next(team.uid["cy"])
    assert svc.claim_next(team.uid["bob"]) is None


def test_transfers_reach_only_the_receiver_who_accepts(team: Team) -> None:
    ana, bob = team.db("ana"), team.db("bob")
    TransferService(bob).heartbeat(team.uid["bob"])
    sent = TransferService(ana).send(uuid.uuid4().hex, team.customer, team.uid["ana"], NOTE,
                                     to_user_id=team.uid["bob"])  # fmt: skip
    assert TransferService(team.db("cy")).inbox(team.uid["bob"]) == []  # not Cy's to see
    (offered,) = TransferService(bob).inbox(team.uid["bob"])
    accepted = TransferService(bob).accept(offered.id, team.uid["bob"])
    assert accepted.state == "accepted"
    assert TransferService(ana).get(sent.id).state == "accepted"  # the sender sees it live
    # A queue transfer to Sales reaches Bob (a member), not Cy.
    TransferService(ana).send(uuid.uuid4().hex, team.customer, team.uid["ana"], NOTE,
                              to_queue_id=team.queue["Sales"])  # fmt: skip
    assert len(TransferService(bob).inbox(team.uid["bob"])) == 1
    assert TransferService(team.db("cy")).inbox(team.uid["bob"]) == []


def test_the_dashboard_is_the_supervisors_and_the_database_hides_others_from_agents(
    team: Team,
) -> None:
    _callback(team, "bob", "Sales", due_in=-dt.timedelta(hours=3))
    _callback(team, "ana", "Refunds", due_in=dt.timedelta(hours=1))
    full = DashboardService(team.db("sue")).backlog(team.uid["sue"], "Europe/Tallinn")
    assert full.tile("pending").value == 2
    assert {r.name for r in full.agents if r.owned} == {"Ana", "Bob"}
    with pytest.raises(UserFacingError):
        DashboardService(team.db("ana")).backlog(team.uid["ana"], "Europe/Tallinn")
    # A modified client passes Sue's id: the service's check passes, the database does not
    # show Bob's backlog to Ana.
    forged = DashboardService(team.db("ana")).backlog(team.uid["sue"], "Europe/Tallinn")
    assert forged.tile("pending").value == 1
    assert {r.name for r in forged.agents if r.owned} == {"Ana"}


def test_scripts_are_edited_by_supervisors_only(team: Team) -> None:
    latte = ScriptService(team.db("sue")).get("latte")
    mine = replace(latte.doc(), title="LATTE (our wording)")
    edited = ScriptService(team.db("sue")).edit(latte.id, latte.version, mine, team.uid["sue"])
    assert edited.title == "LATTE (our wording)"
    again = replace(mine, title="LATTE (Ana's)")
    with pytest.raises(UserFacingError):
        ScriptService(team.db("ana")).edit(latte.id, edited.version, again, team.uid["ana"])
    with pytest.raises(PermissionRefusedError):  # Sue's id, Ana's login
        ScriptService(team.db("ana")).edit(latte.id, edited.version, again, team.uid["sue"])
    assert ScriptService(team.owner).get("latte").title == "LATTE (our wording)"
    # Agents still count their use of a script (their own row).
    ScriptService(team.db("ana")).get("latte", team.uid["ana"])


def test_disruptions_are_declared_by_supervisors_only(team: Team) -> None:
    fire = IncidentService(team.db("sue")).declare(team.uid["sue"], "Fire on AUR-1127",
                                                  "The voyage is cancelled.")  # fmt: skip
    assert fire.is_open
    with pytest.raises(UserFacingError):
        IncidentService(team.db("ana")).declare(team.uid["ana"], "Fake", "Nothing happened.")
    with pytest.raises(PermissionRefusedError):
        IncidentService(team.db("ana")).declare(team.uid["sue"], "Fake", "Nothing happened.")
    with team.owner.read() as conn:
        assert conn.scalar(select(Incident.name).where(Incident.name == "Fake")) is None
    assert [i.name for i in IncidentService(team.db("ana")).open_incidents()] == [
        "Fire on AUR-1127"
    ]


def test_reassigning_is_the_supervisors(team: Team) -> None:
    bobs = _callback(team, "bob", "Sales", due_in=dt.timedelta(hours=1))
    sue, ana = CallbackService(team.db("sue")), CallbackService(team.db("ana"))
    moved = sue.reassign([bobs], team.uid["sue"], to_user_id=team.uid["cy"], reason="Bob is off")
    assert moved[0].owner_id == team.uid["cy"]
    with pytest.raises(UserFacingError):
        ana.reassign([bobs], team.uid["ana"], to_user_id=team.uid["ana"], reason="mine")
    with pytest.raises(UserFacingError):  # Sue's id, Ana's login: the row is not Ana's to see
        ana.reassign([bobs], team.uid["sue"], to_user_id=team.uid["ana"], reason="mine")
    assert _owner_of(team, bobs) == team.uid["cy"]


def test_an_agents_console_hands_a_colleagues_overdue_callback_on_to_their_queue(
    team: Team,
) -> None:
    overdue = _callback(team, "cy", "Refunds", due_in=-dt.timedelta(minutes=30),
                        window_started=dt.timedelta(0))  # fmt: skip
    swept = CallbackService(team.db("ana")).sweep()
    assert [c.id for c in swept.handed_on] == [overdue]
    assert _owner_of(team, overdue) is None
    # But Ana cannot use the same door to take Cy's next callback for herself.
    later = _callback(team, "cy", "Refunds", due_in=-dt.timedelta(minutes=30))
    with pytest.raises(PermissionRefusedError), team.db("ana").write() as conn:
        conn.execute(
            Callback.__table__.update()
            .where(Callback.id == later)
            .values(owner_id=None, handed_from=team.uid["cy"], note="mine now")
        )
    assert _owner_of(team, later) == team.uid["cy"]


def test_an_agent_editing_a_customer_re_scores_callbacks_they_cannot_change(team: Team) -> None:
    _callback(team, "cy", "Refunds", due_in=dt.timedelta(hours=1))
    draft = CustomerDraft(
        "Ольга Петрова",
        "Europe/Moscow",
        "RU",
        "ru",
        phones=(("+7 916 555-12-34", "mobile"),),
        tags=("VIP",),
    )
    CustomerEditService(team.db("ana")).update(team.customer, 1, draft, team.uid["ana"])
    assert CustomerService(team.db("ana")).card(team.customer).tags == ("VIP",)


def test_in_team_mode_the_login_is_the_person(team: Team) -> None:
    users = UserService(team.db("ana"))
    assert users.resolve(None).username == team.login["ana"]
    with pytest.raises(UserFacingError, match="act as yourself"):
        users.resolve(team.login["sue"])
    # The owner (the migrating role) may still pick any user, as the CLI's --user does.
    assert UserService(team.owner).resolve(team.login["sue"]).role == "supervisor"


def test_a_supervisor_calls_every_affected_customer_of_a_disruption(team: Team) -> None:
    with team.owner.read() as conn:
        from console.storage.models import Customer

        account = conn.scalar(select(Customer.account_no).where(Customer.id == team.customer))
    svc = IncidentService(team.db("sue"))
    fire = svc.declare(team.uid["sue"], "Fire on AUR-1127", "The voyage is cancelled.",
                       queue_id=team.queue["Refunds"])  # fmt: skip
    svc.add_accounts(fire.id, team.uid["sue"], str(account))
    run = svc.create_callbacks(fire.id, team.uid["sue"])
    assert run.created == 1
    # Ana (in Refunds) sees the promise made for her queue; Bob (in Sales) does not.
    assert len(CallbackService(team.db("ana")).for_customer(team.customer)) == 1
    assert CallbackService(team.db("bob")).for_customer(team.customer) == []
