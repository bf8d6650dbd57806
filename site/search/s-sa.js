DossierSearch.shard("sa", {"sacred":"0.6","sanctions":"0.2,2.3,1.2","saw":"0.6","saying":"2.6"});
