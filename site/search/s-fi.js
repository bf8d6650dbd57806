DossierSearch.shard("fi", {"fight":"0.4,1.4","finished":"3.6","finish~":"3.6","firms":"2.6","firm~":"2.6","fit":"4.6","fits":"4.6","fit~":"4.6","five":"3.6"});
