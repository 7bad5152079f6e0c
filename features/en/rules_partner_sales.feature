# language: en
Feature: Rules of the partner sales roles
  The full sales administrator and sales administrator roles exist only in partner organizations,
  where full administrators and full sales administrators give them.

  Rule: R46 — Full sales and sales administrator roles exist only in partner organizations
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:370: “Role pełnego administratora sprzedaży i
    administratora sprzedaży są dostępne tylko dla organizacji partnerskich w centrum Control Hub.
    Pełnoprawni administratorzy i inni pełnoprawni administratorzy sprzedaży organizacji partnerskich
    mogą przypisywać rolę pełnego administratora sprzedaży lub rolę administratora sprzedaży innym
    użytkownikom.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:409: “Jako pełny administrator lub pełny administrator
    sprzedaży możesz przypisać każdemu użytkownikowi w organizacji rolę pełnego administratora sprzedaży
    lub administratora sprzedaży.”
    READING §10: FSA and SA roles exist only for partner organizations; full admins and other full sales
    admins of the partner org can assign the FSA or SA role to other users.

    @R46 @enforced
    Scenario: Sales roles are not given in a customer organization
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Sales Administrator" to the user
      Then the change is refused by R46

    @R46 @enforced
    Scenario: A full administrator of a partner organization gives the full sales administrator role
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Full Sales Administrator" to the user
      Then the change is allowed by R46

    @R46 @enforced
    Scenario: A full sales administrator gives the sales administrator role
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Full Sales Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Sales Administrator" to the user
      Then the change is allowed by R46

    @R46 @enforced
    Scenario: A sales administrator gives no sales role
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Sales Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Sales Administrator" to the user
      Then the change is refused by R46

  Rule: R47 — Provisioning an order: a new organization gives full administrator, an existing one provisioning administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:372: “Administratorzy sprzedaży i administratorzy
    sprzedaży, którzy aprowizują zlecenie usługi Webex, mogą utworzyć nową organizację odbiorców lub
    aprowizowanie zamówienia dla istniejącej. Jeśli pełny administrator sprzedaży lub administrator
    sprzedaży utworzy nową organizację klienta, automatycznie otrzyma pełne uprawnienia administratora w
    organizacji klienta. Jeśli klient istnieje, otrzymuje rolę administratora aprowującego.”
    READING §10: FSA/SA who provision a Webex service order can create a new customer org or provision
    for an existing one; creating a new customer org automatically gives them full admin in it; for an
    existing customer they get the provisioning admin role.
    A new customer organization makes them its full administrator; an existing one makes them its
    provisioning administrator.
    Not decided from a request (informative): provisioning orders is not a role assignment request.

  Rule: R48 — Sales administrator roles combine with full administrator; self-removal of full sales administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:412: “Jeśli masz zarówno pełną rolę administratora, jak i
    pełnego administratora sprzedaży, możesz usunąć z siebie rolę pełnego administratora sprzedaży i
    przypisać ją do innego użytkownika.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:414: “Użytkownik może pełnić rolę pełnego administratora
    sprzedaży lub administratora sprzedaży wraz z pełnią administratorem.”
    READING §10: A user may hold FSA or SA together with full admin; a user who is both full admin and
    FSA may remove FSA from themselves and assign it to another user.

    @R48 @enforced
    Scenario: A full administrator who is also full sales administrator gives up the sales role
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Full Administrator"
      And the administrator also holds "Full Sales Administrator"
      When the administrator revokes "Full Sales Administrator" from themself
      Then the change is allowed by R48

    @R48 @enforced
    Scenario: A full sales administrator who is not full administrator keeps the sales role
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Full Sales Administrator"
      When the administrator revokes "Full Sales Administrator" from themself
      Then the change is refused by R48

    @R48 @enforced
    Scenario: A full administrator may also be sales administrator
      Given the administered organization is a partner organization
      And an administrator from "Partner Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds "Full Administrator"
      When the administrator assigns "Sales Administrator" to the user
      Then the change is allowed by R48

  Rule: R49 — A sales administrator manages assigned customers, a full sales administrator all customers
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:428: “• Administrator sprzedaży, jeśli chcesz przypisać
    określonych klientów do zarządzania.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:429: “• Pełny administrator sprzedaży, jeśli chcesz, aby
    zarządzali wszystkimi klientami w Twojej organizacji.”
    READING §10: Choose SA to assign specific customers, FSA to manage all customers; sales admins can
    access only orgs assigned to them; customers are assigned to an SA by org name or org ID.

    @R49 @enforced
    Scenario: A sales administrator manages the customers assigned to them
      Given the table "Full sales administrator and sales administrator roles"
      And an administrator from "Partner Organization" who holds "Sales Administrator"
      Then their access to "Customer organization management" is "Full", scope "Assigned customers only"

    @R49 @enforced
    Scenario: A full sales administrator manages all customers
      Given the table "Full sales administrator and sales administrator roles"
      And an administrator from "Partner Organization" who holds "Full Sales Administrator"
      Then their access to "Customer organization management" is "Full", scope "All customers managed by the partner organization"
