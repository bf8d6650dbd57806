DossierSearch.shard("sa", {"sacred":"0.6","sacr~":"0.6","sanctions":"0.2,3.3,1.2","sanction~":"0.2,3.3,1.2","saw":"0.6","saying":"3.6","say~":"3.6"});
