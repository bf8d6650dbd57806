DossierSearch.shard("oc", {"occasion":"4.6","occas~":"4.6","october":"3.6","octob~":"3.6"});
