# language: en
Feature: Rules of the Contact Center roles
  Who may hold and give the Contact Center Service Administrator role, and what the Contact Center
  roles may do beyond the privilege table.

  Rule: R20 — The Contact Center Service Administrator role may be given to external administrators and customer users
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:3: “Cisco Webex Contact Center giver en dedikeret Rolle
    som administrator af kontaktcentertjeneste, der giver dig mulighed for at administrere
    kontaktcentertjenesten og licenser. Denne rolle kan tildeles til eksterne administratorer og brugere
    i kundeorganisationen.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:228: “Tę rolę można przypisać administratorom zewnętrznym
    i użytkownikom w organizacji klienta.”
    READING §10: WxCC provides a dedicated CCSA role to administer the contact-center service and
    licences; it can be assigned to external administrators and to users in the customer org (001 l.6:
    it is in addition to the generic Control Hub roles).

    @R20 @enforced
    Scenario: The service administrator role may be given to a user of the customer organization
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed by R20

    @R20 @enforced
    Scenario: The service administrator role may be given to an external administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed by R20

    @R20 @R25 @enforced
    Scenario: The service administrator role is not given to a user of the partner organization
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is refused by R25

  Rule: R21 — A Contact Center administrator may belong to the customer, the managing partner, or any other organization
    Seed 003_4c75b58bf7aa02a6.txt:1: “An organization that you are a member of as a client or as a
    partner in the management of your Webex Contact Center subscription is not required for an
    administrator to belong to either group.”
    Not decided from a request (informative): the Contact Center tables already state each relation.

  Rule: R22 — A full administrator with only a Contact Center standard license uses Agent Desktop only
    Seed 003_4c75b58bf7aa02a6.txt:77: “If a user is assigned a full administrator position but only has
    a standard license for Webex Contact Center, then that user will not have access to the
    administrative functions that are available through the Management Portal. Users with this
    permission set can sign in solely to the Agent Desktop.”
    Kit ruling (RULINGS §4.4): with a standard Contact Center licence, the full administrator role of a
    member of the customer organization gives no Contact Center access; other roles keep theirs.

    @R22 @enforced
    Scenario: A full administrator with a Contact Center standard licence reaches Agent Desktop only
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Full Administrator"
      And the administrator has a Webex Contact Center standard licence
      Then their access to "Administer all Contact Center features" is "None"
      And their access to "Manage business hours" is "None"

    @R22 @enforced
    Scenario: The standard licence takes nothing from the other roles the administrator holds
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Full Administrator"
      And the administrator also holds "Supervisor"
      And the administrator has a Webex Contact Center standard licence
      Then their access to "Manage business hours" is "Full"
      And their access to "Send activation email" is "None"

  Rule: R23 — A user holds at most one of Contact Center Service Administrator, full administrator and read-only administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:123: “Du kan kun tildele en bruger med én af disse roller:
    Administrator af kontaktcentertjeneste, fuld administrator eller skrivebeskyttet administrator.”
    READING §10: Literal: 'You can only assign a user with one of these roles: CCSA, full administrator
    or read-only administrator.' Two readings: (a) the CCSA role may be given only to a user who holds
    one of these roles; (b) a user can hold only one of these three roles at a time. English original
    (E5): 'You can assign a user with only one of these roles: Contact Center Service Administrator,
    Full Administrator, or Read-only Administrator.'
    Kit ruling (RULINGS §4.5): the kit reads the sentence as exclusivity: a user holds at most one of
    the three roles.

    @R23 @enforced
    Scenario: A full administrator cannot also be service administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Full Administrator"
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is refused by R23

    @R23 @enforced
    Scenario: A service administrator cannot also be read-only administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Contact Center Service Administrator"
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is refused by R23

    @R23 @enforced
    Scenario: A support administrator can also be service administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Support Administrator"
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed by R23

  Rule: R24 — No Contact Center Service Administrator from an external organization that has Contact Center enabled
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:140: “Webex Contact Center understøtter ikke tilføjelse af
    en administrator af kontaktcentertjenesten fra en ekstern organisation, hvis kontaktcentertjenesten
    også er aktiveret for den eksterne organisation.”
    READING §10: WxCC does not support adding a CCSA from an external organization if that external
    organization also has the Contact Center service enabled (same sentence repeated at l.155 in the
    CCSA row).
    Kit ruling (RULINGS §4.3): an external administrator never gives the Contact Center Service
    Administrator role to a user of an external organization.

    @R24 @enforced
    Scenario: No service administrator from an external organization that has Contact Center itself
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      And Contact Center is enabled in the user's home organization
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is refused by R24

    @R24 @enforced
    Scenario: A service administrator from an external organization without Contact Center
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed

  Rule: R25 — No Contact Center Service Administrator role for an external user of a provisioning partner organization
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:142: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en ekstern bruger fra en klargøringspartnerorganisation.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:284: “• Tildele rollen som administrator af
    kontaktcentertjeneste til en ekstern bruger, der er fra en klargøringspartnerorganisation.”
    READING §10: The CCSA role cannot be assigned to an external user who comes from a provisioning
    partner organization (same sentence also at l.157).
    Kit ruling (RULINGS §4.3): an external administrator never gives the Contact Center Service
    Administrator role to a user of an external organization.

    @R25 @enforced
    Scenario: No service administrator role for a user of the provisioning partner organization
      Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is refused by R25

    @R25 @enforced
    Scenario: A user of any other organization may be service administrator
      Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed

  Rule: R26 — An external Contact Center Service Administrator assigns the role only to customer users
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:161: “Tildel rollen Administrator af kontaktcentertjeneste
    til en bruger fra kundeorganisationen.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:166: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en anden ekstern bruger. Du kan kun tildele rollen til en bruger fra
    kundeorganisationen.”
    READING §10: A CCSA from any other (external) org can assign the CCSA role only to a user of the
    customer org, not to another external user; it cannot add another external CCSA to the org.
    Kit ruling (RULINGS §4.3): an external administrator never gives the Contact Center Service
    Administrator role to a user of an external organization.

    @R26 @enforced
    Scenario: An external service administrator gives the role to a user of the customer organization
      Given an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed

    @R26 @enforced
    Scenario: An external service administrator adds no other external service administrator
      Given an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is refused by R26

  Rule: R27 — A Contact Center Service Administrator cannot add or remove users
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:219: “Som tjenesteadministratoren kan du få vist
    organisationens brugere. Du kan ikke tilføje, slette, aktivere eller deaktivere brugere fra
    organisationen.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:222: “Du kan kun tildele eller fjerne tildeling af
    administratorrollen for kontaktcentertjeneste for en bruger.”
    READING §10: As CCSA you can view the org's users but cannot add, delete, activate or deactivate
    users; the only admin role you can assign/unassign is CCSA.

    @R27 @enforced
    Scenario: A service administrator gives the service administrator role
      Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Contact Center Service Administrator" to the user
      Then the change is allowed by R27

    @R27 @enforced
    Scenario: A service administrator gives no other role
      Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Support Administrator" to the user
      Then the change is refused by R27

    @R27 @enforced
    Scenario: A service administrator neither adds nor removes users
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      Then their access to "Add or remove users in the customer organization" is "None"
      And their access to "Send activation email" is "Full"

  Rule: R28 — A Contact Center Service Administrator cannot use the Services Set-Up Wizard
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:180: “Som administrator af kontaktcentertjenesten kan du
    ikke få adgang til guiden Opsætning af tjenester.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:192: “Når en fuldgyldig administrator har fuldført guiden
    Opsætning af tjenester, kan du konfigurere Webex kontaktcenter.”
    READING §10: A CCSA cannot access the Services Set-Up Wizard; WxCC can be set up after a full admin
    completes the wizard (l.199 adds: the set-up step applies only when the platform field shows 1.0).
    Contact Center can be set up once a full administrator has completed the wizard.
    Not decided from a request (informative): the wizard is not a capability of the privilege tables.

  Rule: R29 — A Contact Center Service Administrator sees only other service administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:254: “Som administrator af kontaktcentertjenesten kan du
    kun få vist andre administratorbrugere af kontaktcentertjenesten. Du kan ikke få vist
    administratorer med fulde rettigheder eller administratorer af andre tjenester i organisationen.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:286: “• Vise eksterne administratorer med andre roller end
    administratoren af kontaktcentertjenesten.”
    READING §10: A CCSA can view only other CCSA users, not full admins or admins of other services; an
    external CCSA cannot view external admins with roles other than CCSA.

    @R29 @enforced
    Scenario: A service administrator sees only other service administrators
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
      Then their access to "View the list of other external administrators" is "Full", scope "Other service administrators only"

    @R29 @enforced
    Scenario: A full administrator sees every external administrator
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Full Administrator"
      Then their access to "View the list of other external administrators" is "Full", scope "-"

  Rule: R30 — What an external Contact Center Service Administrator can do
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:274: “Hvis du er ekstern administrator med rollen
    Administrator af kontaktcentertjeneste, kan du udføre følgende opgaver:”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:276: “• Få vist og opdatere rollen Administrator af
    kontaktcentertjeneste for en bruger i kundeorganisationen.”
    READING §10: An external admin holding CCSA can view/update the CCSA role of customer-org users and
    add/remove/edit Contact Center licences of customer-org users.

    @R30 @enforced
    Scenario: An external service administrator manages licences and the role of customer users
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
      Then their access to "Assign, edit or remove Contact Center licenses of users" is "Full"
      And their access to "Add or revoke the Contact Center Service Administrator role of external administrators" is "None"

    @R30 @enforced
    Scenario: An external service administrator gives the role to customer users only
      Given the table "Assign the Contact Center Service Administrator role to a user"
      And an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
      Then their access to "Assign the Contact Center Service Administrator role to a user of the customer organization" is "Full"
      And their access to "Assign the Contact Center Service Administrator role to a user of an external organization" is "None"

  Rule: R31 — Contact Center CSV template columns
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:240: “I skabelonen CSV kan du kun angive
    standardkolonnerne Webex Contact Center premium og Webex Contact Center til Sandt eller Falsk .”
    READING §10: In the CSV template only the 'Webex Contact Center premium' and 'Webex Contact Center
    standard' columns may be set to True/False (Danish text garbles the column names).
    Not decided from a request (informative): it is about a file template, not about a decision.

  Rule: R32 — A supervisor manages business hours only, governed by user profiles
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:100: “Har begrænset adgang til Control Hub, kun til
    åbningstiden. En supervisor kan administrere alle aktiviteter, der er relateret til virksomhedens
    åbningstider, f.eks.:”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:109: “Supervisorens adgang til åbningstid styres
    udelukkende af brugerprofiler.”
    READING §10: A supervisor has limited Control Hub access, only to business hours (manage shifts and
    holidays, update overrides); this access is controlled solely by user profiles.

    @R32 @enforced
    Scenario: A supervisor manages business hours only
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Customer Organization" who holds "Supervisor"
      Then their access to "Manage business hours" is "Full"
      And their access to "Administer all Contact Center features" is "None"

    @R32 @enforced
    Scenario: There is no supervisor from outside the customer organization
      Given the table "Contact Center-specific Privileges"
      And an administrator from "Partner Organization" who holds "Supervisor"
      Then their access to "Manage business hours" is "Not Applicable"

  Rule: R52 — Other things a Contact Center Service Administrator can do in Control Hub
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Danish, 001_c4461c6f41d4b583.txt:174: “• Udføre kontaktcenterspecifikke
    administrationsaktiviteter på Control Hub som forklaret i de følgende afsnit.”
    Seed, in Danish, 001_c4461c6f41d4b583.txt:176: “• Få adgang til alle funktioner under fanen
    Kontaktcentertjenester på Control Hub og på Management Portal.”
    READING §10: A CCSA performs CC-specific admin tasks in Control Hub and can use every feature of the
    Contact Center services tab and Management Portal; can resend the activation e-mail to unverified
    users; can view org account info and the Subscriptions tab (CC licence usage, trials,
    subscriptions); can view Webex service status under Monitoring > Troubleshooting.
    A service administrator can use every feature of the Contact Center services tab and of the
    Management Portal, resend the activation email, see the subscriptions and licence use of the
    organization and the status of Webex services.
    Not decided from a request (informative): these pages are not capabilities of the privilege tables.
