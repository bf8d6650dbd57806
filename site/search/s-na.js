DossierSearch.shard("na", {"name":"0.6","natasha":"4.9","nation":"3.6","national":"0.2,3.4,1.3","nations":"0.4,1.3,3.3","nato":"1.2,1.2,1.2,1.2","naval":"1.6"});
